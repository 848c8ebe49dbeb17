package dev.prunelab.progress.rest;

import io.quarkus.qute.TemplateExtension;
import java.math.BigDecimal;

/** Template helpers for the progress pages. */
@TemplateExtension
final class ProgressFormats {

    private ProgressFormats() {}

    /** 0.756 → "76%". */
    static String percentText(Double share) {
        return share == null ? "–" : Math.round(share * 100) + "%";
    }

    /** 75.0 → "75", 0.125 → "0.125": a number as a person writes it. */
    static String numberText(Double value) {
        return value == null
                ? ""
                : BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }

    /** The heatmap shade (0–4) for a number of activities on a day. */
    static int heatLevel(Integer count) {
        if (count == null || count <= 0) {
            return 0;
        }
        return count < 3 ? 1 : count < 6 ? 2 : count < 10 ? 3 : 4;
    }
}
