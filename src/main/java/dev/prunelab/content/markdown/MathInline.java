package dev.prunelab.content.markdown;

import org.commonmark.node.CustomNode;

/** A TeX formula inside a paragraph: {@code $a_i^2$} (inline) or {@code $$…$$} written inside a line. */
public final class MathInline extends CustomNode {
    private final String tex;
    private final boolean display;

    MathInline(String tex, boolean display) {
        this.tex = tex;
        this.display = display;
    }

    public String tex() {
        return tex;
    }

    public boolean display() {
        return display;
    }
}
