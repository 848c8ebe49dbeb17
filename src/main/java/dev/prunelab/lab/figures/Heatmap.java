package dev.prunelab.lab.figures;

import dev.prunelab.lab.result.ExperimentResult.PerClass;
import java.util.Locale;

/** Per-class change in accuracy as a class × sparsity grid in the palette's heat scale (darker loses more). */
final class Heatmap {

    private static final int CELL_W = 52;
    private static final int CELL_H = 20;
    private static final int LEFT = 60;
    private static final int TOP = 34;

    private Heatmap() {}

    /** The heat level of a change in percentage points, as the lab's result page draws it. */
    static int level(double change) {
        if (change > -1) {
            return 0;
        }
        if (change > -5) {
            return 1;
        }
        if (change > -20) {
            return 2;
        }
        return change > -50 ? 3 : 4;
    }

    static String of(PerClass pc) {
        int columns = pc.targets().size();
        int rows = pc.classes().size();
        int width = LEFT + columns * CELL_W + 8;
        int height = TOP + rows * CELL_H + 8;
        StringBuilder svg = new StringBuilder(String.format(
                Locale.ROOT,
                "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"fig\" viewBox=\"0 0 %d %d\" aria-hidden=\"true\""
                        + " focusable=\"false\">",
                width,
                height));
        svg.append(text(LEFT + columns * CELL_W / 2.0, 12, "sparsity", "middle"));
        svg.append(text(4, TOP - 8, "class", "start"));
        for (int t = 0; t < columns; t++) {
            svg.append(text(
                    LEFT + (t + 0.5) * CELL_W,
                    TOP - 8,
                    Math.round(100 * pc.targets().get(t)) + "%",
                    "middle"));
        }
        for (int c = 0; c < rows; c++) {
            double y = TOP + c * CELL_H;
            svg.append(text(LEFT - 8, y + 14, pc.classes().get(c), "end"));
            for (int t = 0; t < columns; t++) {
                Double at = pc.accuracy().get(t).get(c);
                Double dense = pc.dense().get(c);
                double change = at == null || dense == null ? 0 : Math.round(1000 * (at - dense)) / 10.0;
                int level = level(change);
                svg.append(String.format(
                        Locale.ROOT,
                        "<rect class=\"fig-heat-%d\" x=\"%d\" y=\"%.0f\" width=\"%d\" height=\"%d\"/>",
                        level,
                        LEFT + t * CELL_W,
                        y,
                        CELL_W - 2,
                        CELL_H - 2));
                svg.append(String.format(
                        Locale.ROOT,
                        "<text class=\"fig-tick fig-on-heat-%d\" x=\"%.1f\" y=\"%.1f\" text-anchor=\"middle\">%s</text>",
                        level,
                        LEFT + (t + 0.5) * CELL_W - 1,
                        y + 13,
                        change > 0 ? "+" + Plot.number(change) : Plot.number(change)));
            }
        }
        return svg.append("</svg>").toString();
    }

    /**
     * A row of weights, 8 to a line, with the n largest |w| of every group of m marked kept: the N:M pattern on real
     * numbers.
     */
    static String nOfM(double[] values, int n, int m) {
        int perLine = 8;
        int lines = (values.length + perLine - 1) / perLine;
        StringBuilder svg = new StringBuilder(String.format(
                Locale.ROOT,
                "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"fig\" viewBox=\"0 0 %d %d\" aria-hidden=\"true\""
                        + " focusable=\"false\">",
                perLine * CELL_W + 8,
                lines * CELL_H + 26));
        boolean[] keep = new boolean[values.length];
        for (int g = 0; g < values.length; g += m) {
            for (int k = 0; k < n; k++) {
                int best = -1;
                for (int i = g; i < Math.min(g + m, values.length); i++) {
                    if (!keep[i] && (best < 0 || Math.abs(values[i]) > Math.abs(values[best]))) {
                        best = i;
                    }
                }
                keep[best] = true;
            }
        }
        for (int i = 0; i < values.length; i++) {
            int x = 4 + (i % perLine) * CELL_W;
            int y = 4 + (i / perLine) * CELL_H;
            svg.append(String.format(
                    Locale.ROOT,
                    "<rect class=\"%s\" x=\"%d\" y=\"%d\" width=\"%d\" height=\"%d\"/>",
                    keep[i] ? "fig-s1" : "fig-heat-0",
                    x,
                    y,
                    CELL_W - 2,
                    CELL_H - 2));
            svg.append(String.format(
                    Locale.ROOT,
                    "<text class=\"fig-tick%s\" x=\"%.1f\" y=\"%d\" text-anchor=\"middle\">%.2f</text>",
                    keep[i] ? " fig-on-heat-4" : "",
                    x + (CELL_W - 2) / 2.0,
                    y + 13,
                    values[i]));
        }
        svg.append(text(4, lines * CELL_H + 20, "kept: the " + n + " largest |w| of every " + m, "start"));
        return svg.append("</svg>").toString();
    }

    private static String text(double x, double y, String text, String anchor) {
        return String.format(
                Locale.ROOT,
                "<text class=\"fig-tick\" x=\"%.1f\" y=\"%.1f\" text-anchor=\"%s\">%s</text>",
                x,
                y,
                anchor,
                Plot.escape(text));
    }
}
