package dev.prunelab.practice.feedback;

import dev.prunelab.content.ContentCatalog;
import dev.prunelab.content.ContentLink;
import dev.prunelab.content.Lesson;
import dev.prunelab.content.markdown.RenderedMarkdown.Heading;
import dev.prunelab.practice.feedback.Feedback.FlaggedMisconception;
import dev.prunelab.practice.feedback.Feedback.MissedPoint;
import dev.prunelab.practice.feedback.Feedback.NextStep;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Picks two or three next steps: first correct any misconception, then study the sections behind the most
 * important missed points (one step per section), and fill up with structure practice if there is room.
 */
final class NextSteps {

    static final int MAX = 3, MIN = 2;

    private final ContentCatalog catalog;

    NextSteps(ContentCatalog catalog) {
        this.catalog = catalog;
    }

    List<NextStep> choose(
            List<FlaggedMisconception> misconceptions,
            List<MissedPoint> missed,
            List<String> structureAdvice,
            ContentLink structureLesson) {
        List<NextStep> steps = new ArrayList<>();
        Set<String> sections = new LinkedHashSet<>();
        for (FlaggedMisconception m : misconceptions) {
            if (steps.size() < MAX && sections.add(m.href())) {
                steps.add(new NextStep(
                        "Correct the claim \"" + m.claim() + "\": read " + section(m.href()) + ".", m.href()));
            }
        }
        for (MissedPoint point : missed) {
            if (steps.size() < MAX && sections.add(point.href())) {
                steps.add(new NextStep(
                        "Study " + section(point.href()) + " and add to your answer: " + point.text(), point.href()));
            }
        }
        for (String advice : structureAdvice) {
            if (steps.size() < MIN) {
                steps.add(
                        new NextStep(advice + " See " + section(structureLesson.href()) + ".", structureLesson.href()));
            }
        }
        if (steps.size() < MIN) {
            steps.add(new NextStep(
                    "Answer again in a shorter time box, keeping every point you made here; see "
                            + section(structureLesson.href()) + ".",
                    structureLesson.href()));
        }
        return List.copyOf(steps);
    }

    /** "Lesson title › Section heading" for a {@code /learn/<id>#<anchor>} address. */
    String section(String href) {
        ContentLink link = ContentLink.parse(href.substring("/learn/".length()));
        return catalog.lesson(link.lessonId())
                .map(lesson -> "\"" + lesson.title() + heading(lesson, link.anchor()) + "\"")
                .orElse(href);
    }

    private static String heading(Lesson lesson, String anchor) {
        return lesson.headings().stream()
                .filter(h -> h.anchor().equals(anchor))
                .map(Heading::text)
                .findFirst()
                .map(text -> " › " + text)
                .orElse("");
    }
}
