package dev.prunelab.practice.feedback;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The crux gate: word beginnings, phrases, several groups and exclusions. */
class CruxTest {

    private static Claim claim(String text) {
        return Claim.of(AnswerText.of(text).sentences().get(0), false).get(0);
    }

    @Test
    void everyGroupNeedsOneAlternativeAsTheBeginningOfAWord() {
        Crux crux = Crux.of(List.of("forest | ensemble | bagging", "prun | ccp | alpha"));
        assertThat(crux.heldBy(claim("Random forests need each tree pruned with ccp_alpha.")))
                .isTrue();
        assertThat(crux.heldBy(claim("For a single decision tree, prune with alpha chosen by cross-validation.")))
                .isFalse();
        assertThat(crux.heldBy(claim("Random forests are averaged, which lowers the variance.")))
                .isFalse();
    }

    @Test
    void aPhraseMustAppearAsWrittenAndHyphenatedWordsMatchByTheirParts() {
        Crux crux = Crux.of(List.of("test set | test accuracy", "complexity"));
        assertThat(crux.heldBy(claim("I chose the cost-complexity alpha on the test set.")))
                .isTrue();
        assertThat(crux.heldBy(claim("I chose the cost-complexity alpha on the test data.")))
                .isFalse();
    }

    @Test
    void anExcludedAlternativeRulesTheClaimOut() {
        Crux crux = Crux.of(List.of("alpha | α", "train", "!cross-valid | validation"));
        assertThat(crux.heldBy(claim("You pick alpha on the training data."))).isTrue();
        assertThat(crux.heldBy(claim("You choose alpha by cross-validation, since training error would pick 0.")))
                .isFalse();
    }

    @Test
    void withoutGroupsEveryClaimQualifies() {
        assertThat(Crux.of(List.of()).heldBy(claim("Anything at all."))).isTrue();
    }
}
