package dev.prunelab.practice.feedback;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Claims and their stance: clauses, reported beliefs, error framing, quotations, headings and dismissals. */
class ClaimTest {

    private static List<Claim> claims(String answer, int sentence) {
        AnswerText text = AnswerText.of(answer);
        boolean dismissed = sentence + 1 < text.sentences().size()
                && Stance.dismissal(
                        text.sentences().get(sentence + 1).text(),
                        text.sentences().get(sentence + 1).words());
        return Claim.of(text.sentences().get(sentence), dismissed);
    }

    @Test
    void aSentenceOfSeveralClausesGivesTheSentenceThenEachClause() {
        List<Claim> claims = claims("Pruning doesn't need special hardware, and 90% sparsity gives a 10x speed-up.", 0);
        assertThat(claims).extracting(Claim::whole).containsExactly(true, false, false);
        assertThat(claims.get(2).text()).startsWith("and 90% sparsity");
        assertThat(claims.get(2).negations()).isZero();
        assertThat(claims.get(1).negations()).isEqualTo(1);
    }

    @Test
    void aReportedBeliefIsFramedUntilAContrastHandsTheSentenceBack() {
        List<Claim> claims =
                claims("People assume 90% sparsity means a 10x speed-up, but dense kernels multiply the zeros.", 0);
        assertThat(claims.get(0).framed()).isTrue();
        assertThat(claims.get(1).framed()).isTrue();
        assertThat(claims.get(2).text()).startsWith("but dense kernels");
        assertThat(claims.get(2).framed()).isFalse();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "It's a myth that unstructured sparsity always speeds up inference.",
                "A common mistake is to skip fine-tuning after a large cut.",
                "Unlike dropout, pruning removes weights for good.",
                "Don't assume that a smaller file means faster inference.",
                "*'One global threshold is always better'* is what people say.",
                "An unchanged headline accuracy doesn't mean nothing was lost.",
                "Choosing the sparsity by peeking at the test set inflates the result.",
                "Teams often forget to compare with a small dense model trained as long."
            })
    void errorWordsReportsContrastsAndQuotationsFrameTheSentence(String sentence) {
        assertThat(claims(sentence, 0).get(0).framed()).as(sentence).isTrue();
    }

    @Test
    void aClaimUnderAPitfallsHeadingIsFramed() {
        String answer =
                "**Pitfalls:**\n\n- choosing the sparsity level on the test set\n- skipping the random baseline";
        AnswerText text = AnswerText.of(answer);
        assertThat(text.headings()).isEqualTo(1);
        assertThat(text.sentences()).hasSize(2);
        assertThat(text.sentences().get(0).context()).isEqualTo("Pitfalls:");
        assertThat(Claim.of(text.sentences().get(0), false).get(0).framed()).isTrue();
    }

    @Test
    void aShortDismissalFramesTheSentenceBeforeIt() {
        String answer =
                "Many engineers think pruning always improves accuracy. That's not true. It usually costs a little.";
        assertThat(claims(answer, 0).get(0).framed()).isTrue();
        assertThat(claims(answer, 2).get(0).framed()).isFalse();
    }

    @Test
    void theWritersOwnAssertionIsNotFramed() {
        List<Claim> claims = claims("In my experience unstructured sparsity always speeds up inference.", 0);
        assertThat(claims.get(0).framed()).isFalse();
        assertThat(claims.get(0).absolute()).isTrue();
        assertThat(claims.get(0).negations()).isZero();
    }

    @Test
    void stanceTowardsAWordingCountsItsOwnNegations() {
        Claim noRetrain = claims("After pruning there is no need to retrain the model.", 0)
                .get(0);
        Claim retrain =
                claims("After pruning you do need to retrain the model.", 0).get(0);
        assertThat(Stance.towards(noRetrain, 1, false)).isEqualTo(Stance.ASSERTS);
        assertThat(Stance.towards(retrain, 1, false)).isEqualTo(Stance.DENIES);
        Claim hedged = claims("Unstructured sparsity can speed up inference on a CPU with sparse kernels.", 0)
                .get(0);
        assertThat(Stance.towards(hedged, 0, true)).isEqualTo(Stance.HEDGES);
    }

    @Test
    void aQuotedBeliefInEmphasisKeepsItsClosingQuoteAndIsFramed() {
        String answer = "Two beliefs need correcting.\n\n*\"One global threshold is always better, because it finds the"
                + " per-layer sparsity automatically.\"* It only does that if magnitudes are comparable across layers.";
        AnswerText text = AnswerText.of(answer);
        assertThat(text.sentences().get(1).text()).endsWith("automatically.\"*");
        assertThat(text.sentences().get(2).text()).startsWith("It only does that");
        assertThat(claims(answer, 1)).allMatch(Claim::framed);
    }

    @Test
    void aBoldQuotationIsASentenceOfItsOwnButABoldClaimWithoutQuotesIsNot() {
        AnswerText quoted = AnswerText.of(
                "**\"Just use weight decay and the weights go to zero.\"** L2 shrinks each weight, never to zero.");
        assertThat(quoted.sentences()).hasSize(2);
        assertThat(claims(quoted.sentences().get(0).text(), 0)).allMatch(Claim::framed);
        assertThat(AnswerText.of("**Pruning always makes a model faster.** It is a myth; measure it.")
                        .sentences())
                .hasSize(1);
    }
}
