package dev.prunelab.content;

import static org.assertj.core.api.Assertions.assertThat;

import dev.prunelab.content.markdown.MarkdownRenderer;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every lesson carries its figures: two for a pruning lesson, one for a supporting lesson (the classification is
 * written down in src/site/markdown/explorables.md), each drawn, described for screen readers and captioned.
 */
class LessonFigureCountTest {

    /** Lessons that support the pruning topic rather than teach a pruning method: one figure each. */
    static final Set<String> SUPPORTING = Set.of(
            "bias-variance",
            "choosing-metrics",
            "class-imbalance",
            "features-vs-models",
            "trees-vs-neural-nets",
            "deployment",
            "pitfalls",
            "applications",
            "follow-ups",
            "playbook",
            "quantization-basics",
            "knowledge-distillation",
            "low-rank-factorization");

    private static final Pattern FIGURE = Pattern.compile(
            "<figure class=\"figure[^\"]*\" id=\"figure-[a-z0-9-]+\"[^>]*>\\s*"
                    + "<div class=\"figure-svg\" role=\"img\" aria-label=\"([^\"]*)\">\\s*(<svg.*?</svg>)?\\s*</div>\\s*"
                    + "<figcaption>([^<]*)</figcaption>",
            Pattern.DOTALL);

    static ContentCatalog catalog;

    @BeforeAll
    static void load() {
        catalog =
                new ContentLoader(MarkdownRenderer.shared()).load(ContentSource.fromDirectory(CurriculumTest.CONTENT));
    }

    @Test
    void everyLessonMeetsTheFigureCountOfItsClassification() {
        List<Lesson> lessons = catalog.lessons();
        assertThat(lessons).extracting(Lesson::id).containsAll(SUPPORTING);
        for (Lesson lesson : lessons) {
            int needed = SUPPORTING.contains(lesson.id()) ? 1 : 2;
            Matcher figures = FIGURE.matcher(lesson.html());
            int drawn = 0;
            while (figures.find()) {
                assertThat(figures.group(1))
                        .as("alt text of a figure in %s", lesson.id())
                        .hasSizeGreaterThan(40);
                assertThat(figures.group(2))
                        .as("the drawing of a figure in %s", lesson.id())
                        .isNotNull();
                assertThat(figures.group(3))
                        .as("caption of a figure in %s", lesson.id())
                        .hasSizeGreaterThan(60);
                drawn++;
            }
            assertThat(drawn).as("figures in %s", lesson.id()).isGreaterThanOrEqualTo(needed);
        }
    }
}
