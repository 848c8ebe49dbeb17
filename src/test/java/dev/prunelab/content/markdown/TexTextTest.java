package dev.prunelab.content.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Formulas spelt as plain text for search: no backslashes or braces left, digits in scripts as Unicode. */
class TexTextTest {

    @Test
    void normsAndGreekLettersBecomeTheirSymbols() {
        assertThat(TexText.plain("\\lVert w \\rVert_0 \\le k")).isEqualTo("‖ w ‖₀ ≤ k");
        assertThat(TexText.plain("\\lambda \\sum_i |\\theta_i|")).isEqualTo("λ Σ_i |θ_i|");
        assertThat(TexText.plain("L_0")).isEqualTo("L₀");
        assertThat(TexText.plain("\\ell_{1}")).isEqualTo("ℓ₁");
    }

    @Test
    void fractionsStylingAndSpacingAreSpeltOut() {
        assertThat(TexText.plain("\\tfrac12 h_{qq} w_q^2")).isEqualTo("1/2 h_qq w_q²");
        assertThat(TexText.plain("\\frac{w_q^2}{[H^{-1}]_{qq}}")).isEqualTo("w_q²/([H⁻¹]_qq)");
        assertThat(TexText.plain("10^7 \\times 640\\,\\text{pJ} = 6.4\\,\\text{mJ}"))
                .isEqualTo("10⁷ × 640 pJ = 6.4 mJ");
        assertThat(TexText.plain("W^\\top x")).isEqualTo("Wᵀ x");
        assertThat(TexText.plain("\\left( \\mathbf{x} \\right)")).isEqualTo("( x )");
    }

    @Test
    void inlineMarkdownLosesItsMarksAndKeepsItsWords() {
        assertThat(TexText.ofInlineMarkdown("What does **OBD** use for $\\delta w$ in `prune`?"))
                .isEqualTo("What does OBD use for δ w in prune?");
    }

    @Test
    void everyFormulaOfTheLessonsComesOutWithoutMarkup() {
        for (String tex : new String[] {
            "\\operatorname{TopK}(|W|, k)", "\\widehat{\\Delta \\mathcal{L}}", "235{,}200", "\\sqrt{0.368/4} = 0.303"
        }) {
            assertThat(TexText.plain(tex)).doesNotContain("\\", "{", "}");
        }
    }
}
