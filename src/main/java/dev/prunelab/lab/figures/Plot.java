package dev.prunelab.lab.figures;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A small SVG chart: linear axes with ticks, polylines with their points, bars, a legend. Colours are classes
 * ({@code fig-s1} … {@code fig-s8}, {@code fig-control}) that css/figures.css maps to the palette's custom
 * properties, and text uses {@code currentColor}, so one drawing reads in the light and the dark theme. The view box
 * is narrow (400 wide) so that labels stay readable when a phone scales it down.
 */
final class Plot {

    static final int WIDTH = 400;
    static final int HEIGHT = 250;
    private static final int LEFT = 46;
    private static final int RIGHT = 12;
    private static final int TOP = 14;
    private static final int BOTTOM = 40;
    private static final int MARKED_POINTS = 30;

    private final double xMin;
    private final double xMax;
    private final double yMin;
    private final double yMax;
    private final StringBuilder body = new StringBuilder();
    private final List<String[]> legend = new ArrayList<>();

    Plot(double xMin, double xMax, double yMin, double yMax) {
        this.xMin = xMin;
        this.xMax = xMax;
        this.yMin = yMin;
        this.yMax = yMax;
    }

    double x(double value) {
        return LEFT + (value - xMin) / (xMax - xMin) * (WIDTH - LEFT - RIGHT);
    }

    double y(double value) {
        return HEIGHT - BOTTOM - (value - yMin) / (yMax - yMin) * (HEIGHT - TOP - BOTTOM);
    }

    /** Axes with ticks at the given values and titles. */
    Plot axes(double[] xTicks, String xTitle, double[] yTicks, String yTitle) {
        body.append(line(LEFT, y(yMin), WIDTH - RIGHT, y(yMin), "fig-axis"));
        body.append(line(LEFT, TOP, LEFT, y(yMin), "fig-axis"));
        for (double t : xTicks) {
            body.append(line(x(t), y(yMin), x(t), y(yMin) + 4, "fig-axis"));
            body.append(text(x(t), y(yMin) + 16, number(t), "middle", "fig-tick"));
        }
        for (double t : yTicks) {
            body.append(line(LEFT, y(t), WIDTH - RIGHT, y(t), "fig-grid"));
            body.append(text(LEFT - 5, y(t) + 4, number(t), "end", "fig-tick"));
        }
        body.append(text((LEFT + WIDTH - RIGHT) / 2.0, HEIGHT - 6, xTitle, "middle", "fig-label"));
        body.append(String.format(
                Locale.ROOT,
                "<text class=\"fig-label\" text-anchor=\"middle\" transform=\"translate(12 %.1f) rotate(-90)\">%s</text>",
                (TOP + y(yMin)) / 2,
                escape(yTitle)));
        return this;
    }

    /** Straight segments between measured points, each point marked. */
    Plot series(String name, String style, double[] xs, double[] ys, boolean dashed) {
        StringBuilder points = new StringBuilder();
        for (int i = 0; i < xs.length; i++) {
            points.append(String.format(Locale.ROOT, "%.1f,%.1f ", x(xs[i]), y(ys[i])));
        }
        body.append("<polyline class=\"fig-line ")
                .append(style)
                .append(dashed ? " fig-dashed" : "")
                .append("\" points=\"")
                .append(points.toString().strip())
                .append("\"/>");
        // a curve sampled densely (a formula) has no measured points to mark
        for (int i = 0; xs.length <= MARKED_POINTS && i < xs.length; i++) {
            body.append(String.format(
                    Locale.ROOT,
                    "<circle class=\"fig-dot %s\" cx=\"%.1f\" cy=\"%.1f\" r=\"2.6\"/>",
                    style,
                    x(xs[i]),
                    y(ys[i])));
        }
        legend.add(new String[] {name, style});
        return this;
    }

    /** A bar from the x axis, {@code width} in data units, centred on {@code x}. */
    Plot bar(double center, double width, double value, String style) {
        double left = x(center - width / 2);
        double right = x(center + width / 2);
        double top = y(Math.max(value, yMin));
        body.append(String.format(
                Locale.ROOT,
                "<rect class=\"fig-bar %s\" x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\"/>",
                style,
                left,
                top,
                Math.max(0.5, right - left),
                Math.max(0, y(yMin) - top)));
        return this;
    }

    /** A horizontal reference line (the dense model) with a label at its right end. */
    Plot level(double value, String label) {
        body.append(line(LEFT, y(value), WIDTH - RIGHT, y(value), "fig-ref"));
        body.append(text(WIDTH - RIGHT - 2, y(value) - 4, label, "end", "fig-tick"));
        return this;
    }

    /** A vertical marker (a threshold, a chosen step) with a label beside its top. */
    Plot marker(double at, String label) {
        body.append(line(x(at), TOP, x(at), y(yMin), "fig-ref"));
        boolean right = x(at) < WIDTH * 0.7;
        body.append(text(x(at) + (right ? 4 : -4), TOP + 10, label, right ? "start" : "end", "fig-tick"));
        return this;
    }

    Plot label(double atX, double atY, String label, String anchor) {
        body.append(text(x(atX), y(atY), label, anchor, "fig-tick"));
        return this;
    }

    Plot legend(String name, String style) {
        legend.add(new String[] {name, style});
        return this;
    }

    /** The SVG document: no size of its own, so CSS fits it to the column. */
    String svg() {
        StringBuilder out = new StringBuilder();
        out.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"fig\" viewBox=\"0 0 ")
                .append(WIDTH)
                .append(' ')
                .append(HEIGHT + 16 * legend.size())
                .append("\" aria-hidden=\"true\" focusable=\"false\">");
        out.append(body);
        for (int i = 0; i < legend.size(); i++) {
            double yy = HEIGHT + 6 + 16 * i;
            out.append(String.format(
                    Locale.ROOT,
                    "<rect class=\"fig-bar %s\" x=\"%d\" y=\"%.1f\" width=\"14\" height=\"8\"/>",
                    legend.get(i)[1],
                    LEFT,
                    yy));
            out.append(text(LEFT + 20, yy + 8, legend.get(i)[0], "start", "fig-tick"));
        }
        return out.append("</svg>").toString();
    }

    static String number(double value) {
        return value == Math.rint(value) && Math.abs(value) < 1e9
                ? String.valueOf((long) value)
                : String.format(Locale.ROOT, "%.2g", value);
    }

    private static String line(double x1, double y1, double x2, double y2, String style) {
        return String.format(
                Locale.ROOT,
                "<line class=\"%s\" x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\"/>",
                style,
                x1,
                y1,
                x2,
                y2);
    }

    private static String text(double x, double y, String text, String anchor, String style) {
        return String.format(
                Locale.ROOT,
                "<text class=\"%s\" x=\"%.1f\" y=\"%.1f\" text-anchor=\"%s\">%s</text>",
                style,
                x,
                y,
                anchor,
                escape(text));
    }

    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
