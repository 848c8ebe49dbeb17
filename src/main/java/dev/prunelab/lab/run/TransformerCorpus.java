package dev.prunelab.lab.run;

import dev.prunelab.content.ContentCatalog;
import dev.prunelab.content.Flashcard;
import dev.prunelab.content.Lesson;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * The text a transformer experiment reads, all of it our own content: the flashcards it is scored on (each front
 * queries every back, in card-id order) and, kept apart from them, the lesson text that calibrates Wanda, SparseGPT
 * and the activation criterion.
 *
 * @param fronts      the flashcard questions, by card id
 * @param backs       their answers, same order
 * @param calibration lesson sections (the model reads the first 128 tokens of each), spread over every lesson
 */
public record TransformerCorpus(List<String> fronts, List<String> backs, List<String> calibration) {

    /** Lesson sections used for calibration: about 3,500 tokens, the size of the benchmark's calibration set. */
    static final int CALIBRATION_SAMPLES = 28;

    private static final int MIN_SECTION_WORDS = 40;
    /** Sections that are lists of links or of sources rather than prose. */
    private static final Set<String> NOT_PROSE = Set.of("References", "Try it in the lab", "Sources");

    public TransformerCorpus {
        fronts = List.copyOf(fronts);
        backs = List.copyOf(backs);
        calibration = List.copyOf(calibration);
        if (fronts.size() != backs.size() || fronts.isEmpty() || calibration.isEmpty()) {
            throw new IllegalArgumentException("a transformer corpus needs flashcards and calibration text, got "
                    + fronts.size() + " fronts, " + backs.size() + " backs and " + calibration.size() + " samples");
        }
    }

    /** The corpus of the current content: every flashcard, and evenly spaced prose sections of the lessons. */
    public static TransformerCorpus of(ContentCatalog catalog) {
        List<Flashcard> cards = catalog.flashcards().stream()
                .sorted(Comparator.comparing(Flashcard::id))
                .toList();
        List<String> prose = new ArrayList<>();
        for (Lesson lesson : catalog.lessons()) {
            lesson.sections().stream()
                    .filter(s -> !NOT_PROSE.contains(s.heading()))
                    .filter(s -> s.text().split(" ").length >= MIN_SECTION_WORDS)
                    .forEach(s -> prose.add(s.text()));
        }
        List<String> calibration = new ArrayList<>();
        int samples = Math.min(CALIBRATION_SAMPLES, prose.size());
        for (int i = 0; i < samples; i++) {
            calibration.add(prose.get((int) ((long) i * prose.size() / samples)));
        }
        return new TransformerCorpus(
                cards.stream().map(Flashcard::front).toList(),
                cards.stream().map(Flashcard::back).toList(),
                calibration);
    }

    /** The first {@code count} cards (all of them when there are fewer). */
    TransformerCorpus firstCards(int count) {
        int n = Math.min(count, fronts.size());
        return new TransformerCorpus(fronts.subList(0, n), backs.subList(0, n), calibration);
    }
}
