package dev.prunelab.interview;

import static org.assertj.core.api.Assertions.assertThat;

import dev.prunelab.content.ContentCatalog;
import dev.prunelab.content.ContentLoader;
import dev.prunelab.content.ContentSource;
import dev.prunelab.content.QuestionCard;
import dev.prunelab.content.markdown.MarkdownRenderer;
import dev.prunelab.interview.FollowUpPlanner.Suggestion;
import dev.prunelab.practice.SampleAnswers;
import dev.prunelab.practice.feedback.EncoderMeaning;
import dev.prunelab.practice.feedback.Feedback;
import dev.prunelab.practice.feedback.FeedbackEngine;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Follow-ups are chosen from the gaps in the main answer (plain JUnit, the real curriculum and engine). */
class FollowUpPlannerTest {

    static ContentCatalog catalog;
    static FeedbackEngine engine;
    static QuestionCard card;

    @BeforeAll
    static void load() {
        catalog = new ContentLoader(new MarkdownRenderer()).load(ContentSource.fromDirectory(Path.of("content")));
        engine = new FeedbackEngine(catalog, EncoderMeaning.load());
        card = catalog.question("model-pruning").orElseThrow();
    }

    static List<Suggestion> rank(String sample, Set<String> asked) {
        Feedback main = engine.evaluate("model-pruning", SampleAnswers.body(sample), OptionalInt.empty());
        return FollowUpPlanner.rank(catalog, card, Optional.of(main), asked);
    }

    static Suggestion find(List<Suggestion> ranked, String id) {
        return ranked.stream()
                .filter(s -> s.followUpId().equals(id))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void anAnswerWithoutMetricsIsAskedTheEvaluationFollowUpFirst() {
        List<Suggestion> ranked = rank(SampleAnswers.MATH_NO_EVALUATION, Set.of());
        assertThat(ranked.get(0).followUpId()).isEqualTo("fu-evaluate-pruned");
        assertThat(ranked.get(0).reason())
                .startsWith("The main answer did not cover: ")
                .contains("Evaluation & metrics 0.");
        assertThat(ranked).hasSize(card.followUps().size());
    }

    @Test
    void aStatedMisconceptionIsProbedFirstByTheFollowUpThatCorrectsIt() {
        String answer = SampleAnswers.body(SampleAnswers.EXCELLENT)
                + "\n\nIn deployment, 90% unstructured sparsity makes inference 10x faster on a GPU, because 90% of the"
                + " multiplications are skipped.";
        Feedback main = engine.evaluate("model-pruning", answer, OptionalInt.empty());
        assertThat(main.misconceptions())
                .extracting(Feedback.FlaggedMisconception::id)
                .contains("unstructured-speedup");
        List<Suggestion> ranked = FollowUpPlanner.rank(catalog, card, Optional.of(main), Set.of());
        Suggestion gpu = find(ranked, "fu-gpu-speedup");
        assertThat(gpu.reason()).startsWith("The main answer claimed: ");
        assertThat(gpu.priority())
                .isGreaterThan(find(rank(SampleAnswers.EXCELLENT, Set.of()), "fu-gpu-speedup")
                                .priority()
                        + 2);
    }

    @Test
    void anAnswerSilentOnHardwareRanksTheGpuFollowUpHigherThanOneThatCoversIt() {
        Suggestion silent = find(rank("evaluation-strong-no-math", Set.of()), "fu-gpu-speedup");
        Suggestion covered = find(rank(SampleAnswers.EXCELLENT, Set.of()), "fu-gpu-speedup");
        assertThat(silent.priority()).isGreaterThan(covered.priority() + 1);
        assertThat(silent.reason()).contains("Trade-offs");
        assertThat(rank("evaluation-strong-no-math", Set.of()).subList(0, 8))
                .extracting(Suggestion::followUpId)
                .contains("fu-gpu-speedup");
    }

    @Test
    void askedFollowUpsAreLeftOutAndTheNextGapIsOnAnotherDimension() {
        List<Suggestion> ranked = rank(SampleAnswers.MATH_NO_EVALUATION, Set.of("fu-evaluate-pruned"));
        assertThat(ranked).extracting(Suggestion::followUpId).doesNotContain("fu-evaluate-pruned");
        assertThat(ranked.get(0).dimension()).isNotEqualTo("evaluation");
    }

    @Test
    void theGapIsOnTheRubricsZeroToFourScaleWhateverThePriority() {
        for (String answer :
                List.of(SampleAnswers.WEAK, SampleAnswers.MATH_NO_EVALUATION, "evaluation-strong-no-math")) {
            assertThat(rank(answer, Set.of()))
                    .allSatisfy(s -> assertThat(s.gap()).isBetween(0.0, 4.0));
        }
        // the missed points a follow-up teaches raise its priority above its gap, never its gap above 4
        assertThat(rank(SampleAnswers.WEAK, Set.of()))
                .anySatisfy(s -> assertThat(s.priority()).isGreaterThan(s.gap()));
    }

    @Test
    void aStrongAnswerLeavesSmallGaps() {
        assertThat(rank(SampleAnswers.EXCELLENT, Set.of()).get(0).gap())
                .isLessThan(rank(SampleAnswers.WEAK, Set.of()).get(0).gap());
    }

    @Test
    void withoutAGradedMainAnswerTheCardOrderIsKept() {
        List<Suggestion> ranked = FollowUpPlanner.rank(catalog, card, Optional.empty(), Set.of());
        assertThat(ranked)
                .extracting(Suggestion::followUpId)
                .containsExactlyElementsOf(
                        card.followUps().stream().map(QuestionCard.FollowUp::id).toList());
    }

    @Test
    void reasonsAreShortPlainText() {
        assertThat(FollowUpPlanner.shorten("Derives saliency from $\\delta L$: a long explanation that goes on"))
                .isEqualTo("Derives saliency from …");
        assertThat(FollowUpPlanner.shorten("word ".repeat(60)))
                .hasSizeLessThanOrEqualTo(121)
                .endsWith("…");
    }
}
