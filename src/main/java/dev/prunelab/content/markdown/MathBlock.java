package dev.prunelab.content.markdown;

import org.commonmark.node.CustomBlock;

/** A display formula written as its own block: a line starting with {@code $$} up to a line ending with {@code $$}. */
public final class MathBlock extends CustomBlock {
    private String tex = "";

    public String tex() {
        return tex;
    }

    void setTex(String tex) {
        this.tex = tex;
    }
}
