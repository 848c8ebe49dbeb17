package dev.prunelab.practice.rest;

import dev.prunelab.practice.Dimensions;
import io.quarkus.qute.TemplateExtension;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Template helpers for the practice and interview pages. */
@TemplateExtension
public final class PracticeFormats {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm 'UTC'", Locale.ENGLISH)
            .withZone(ZoneOffset.UTC);

    private PracticeFormats() {}

    /** A score change with its sign: +0.5, −1.0, ±0. */
    static String signed(Double change) {
        if (change == null) {
            return "–";
        }
        return change > 0 ? "+" + change : change < 0 ? "−" + (-change) : "±0";
    }

    /** An instant as "28 Nov 2026, 23:40 UTC". */
    static String when(Instant instant) {
        return instant == null ? "" : WHEN.format(instant);
    }

    /** Seconds as "m:ss" (or "h:mm:ss"). */
    static String clock(Integer seconds) {
        if (seconds == null) {
            return "–";
        }
        int h = seconds / 3600, m = seconds % 3600 / 60, s = seconds % 60;
        return h > 0
                ? String.format(Locale.ROOT, "%d:%02d:%02d", h, m, s)
                : String.format(Locale.ROOT, "%d:%02d", m, s);
    }

    /** A dimension id's label: "evaluation" → "Evaluation & metrics". */
    static String dimensionLabel(String id) {
        return "all".equals(id) ? "All dimensions" : Dimensions.label(id);
    }
}
