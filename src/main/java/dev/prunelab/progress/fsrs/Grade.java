package dev.prunelab.progress.fsrs;

import dev.prunelab.web.InvalidInput;
import java.util.Locale;

/** How well a card was recalled, as in FSRS: Again (forgot), Hard, Good, Easy. */
public enum Grade {
    AGAIN(1),
    HARD(2),
    GOOD(3),
    EASY(4);

    private final int value;

    Grade(int value) {
        this.value = value;
    }

    /** FSRS's numeric rating G (1–4). */
    public int value() {
        return value;
    }

    public String label() {
        return name().charAt(0) + name().substring(1).toLowerCase(Locale.ROOT);
    }

    /** Parses "again", "hard", "good" or "easy" (any case). */
    public static Grade parse(String text) {
        for (Grade grade : values()) {
            if (grade.name().equalsIgnoreCase(text == null ? "" : text.strip())) {
                return grade;
            }
        }
        throw InvalidInput.of("grade", "must be one of again, hard, good, easy; got '" + text + "'");
    }
}
