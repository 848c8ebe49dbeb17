package dev.prunelab.content.markdown;

import java.util.Map;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * TeX as a reader would say it in plain text, for places that cannot typeset it (search snippets, the search index):
 * {@code \lVert w \rVert_0 \le k} becomes {@code ‖w‖₀ ≤ k}, {@code \tfrac{1}{2} h_{qq} w_q^2} becomes
 * {@code 1/2 h_qq w_q²}. Greek letters and common symbols become their Unicode characters, {@code \frac{a}{b}} becomes
 * {@code a/b}, styling commands ({@code \text}, {@code \mathbf}, …) keep only their argument, digit subscripts and
 * superscripts become Unicode digits (so {@code L_0} reads, and is found, as {@code L₀}); other commands are spelt
 * without their backslash. It is a readable approximation, not a renderer: no braces or backslashes are left.
 */
public final class TexText {

    private static final Map<String, String> SYMBOLS = Map.ofEntries(
            Map.entry("alpha", "α"),
            Map.entry("beta", "β"),
            Map.entry("gamma", "γ"),
            Map.entry("delta", "δ"),
            Map.entry("Delta", "Δ"),
            Map.entry("epsilon", "ε"),
            Map.entry("varepsilon", "ε"),
            Map.entry("zeta", "ζ"),
            Map.entry("eta", "η"),
            Map.entry("theta", "θ"),
            Map.entry("lambda", "λ"),
            Map.entry("mu", "μ"),
            Map.entry("xi", "ξ"),
            Map.entry("pi", "π"),
            Map.entry("rho", "ρ"),
            Map.entry("sigma", "σ"),
            Map.entry("Sigma", "Σ"),
            Map.entry("tau", "τ"),
            Map.entry("phi", "φ"),
            Map.entry("varphi", "φ"),
            Map.entry("Omega", "Ω"),
            Map.entry("omega", "ω"),
            Map.entry("ell", "ℓ"),
            Map.entry("times", "×"),
            Map.entry("cdot", "·"),
            Map.entry("approx", "≈"),
            Map.entry("le", "≤"),
            Map.entry("leq", "≤"),
            Map.entry("ge", "≥"),
            Map.entry("geq", "≥"),
            Map.entry("ll", "≪"),
            Map.entry("neq", "≠"),
            Map.entry("pm", "±"),
            Map.entry("in", "∈"),
            Map.entry("to", "→"),
            Map.entry("leftarrow", "←"),
            Map.entry("sum", "Σ"),
            Map.entry("partial", "∂"),
            Map.entry("nabla", "∇"),
            Map.entry("odot", "⊙"),
            Map.entry("otimes", "⊗"),
            Map.entry("propto", "∝"),
            Map.entry("sim", "~"),
            Map.entry("infty", "∞"),
            Map.entry("sqrt", "√"),
            Map.entry("top", "ᵀ"),
            Map.entry("lVert", "‖"),
            Map.entry("rVert", "‖"),
            Map.entry("Vert", "‖"),
            Map.entry("lvert", "|"),
            Map.entry("rvert", "|"),
            Map.entry("mid", "|"),
            Map.entry("lceil", "⌈"),
            Map.entry("rceil", "⌉"),
            Map.entry("dots", "…"),
            Map.entry("ldots", "…"),
            Map.entry("star", "*"),
            Map.entry("ast", "*"),
            Map.entry("supset", "⊃"),
            Map.entry("quad", " "),
            Map.entry("qquad", " "));

    /** Commands that only size or space things: dropped. */
    private static final Pattern DROPPED = Pattern.compile(
            "\\\\(?:left|right|big|Big|bigl|bigr|Bigl|Bigr|begin\\{[^}]*}|end\\{[^}]*}|displaystyle)(?![a-zA-Z])"
                    + "|\\\\[,;:! \\\\]|&");

    private static final Pattern TRANSPOSE = Pattern.compile("\\^\\s*(?:\\{\\s*\\\\top\\s*}|\\\\top(?![a-zA-Z]))");
    /** Commands that style their argument: the argument is kept. */
    private static final Pattern STYLED = Pattern.compile(
            "\\\\(?:text|mathrm|mathbf|mathbb|mathcal|operatorname|widehat|hat|bar|tilde|underbrace|boldsymbol)"
                    + "\\s*\\{([^{}]*)}");

    private static final Pattern FRACTION =
            Pattern.compile("\\\\[dt]?frac\\s*(?:\\{([^{}]*)}|(\\w))\\s*(?:\\{([^{}]*)}|(\\w))");
    private static final Pattern SCRIPT = Pattern.compile("([_^])\\s*(?:\\{([^{}]*)}|([^\\s{}\\\\]))");
    private static final Pattern COMMAND = Pattern.compile("\\\\([a-zA-Z]+)");
    private static final Pattern INLINE_MATH = Pattern.compile("\\$([^$]+)\\$");

    private static final String DIGITS = "0123456789+-=()";
    private static final String SUBSCRIPT = "₀₁₂₃₄₅₆₇₈₉₊₋₌₍₎";
    private static final String SUPERSCRIPT = "⁰¹²³⁴⁵⁶⁷⁸⁹⁺⁻⁼⁽⁾";

    private TexText() {}

    /** The TeX source of a formula (without its {@code $} delimiters) as plain text. */
    public static String plain(String tex) {
        String text = DROPPED.matcher(TRANSPOSE.matcher(tex).replaceAll("ᵀ")).replaceAll(" ");
        text = COMMAND.matcher(text)
                .replaceAll(m -> Matcher.quoteReplacement(
                        SYMBOLS.containsKey(m.group(1)) ? SYMBOLS.get(m.group(1)) : m.group()));
        // innermost groups first: scripts, then the styling and fractions around them; a few levels at most
        for (int pass = 0; pass < 4; pass++) {
            text = SCRIPT.matcher(text).replaceAll(m -> Matcher.quoteReplacement(script(m.group(1), arg(m))));
            text = STYLED.matcher(text).replaceAll(m -> Matcher.quoteReplacement(m.group(1)));
            text = FRACTION.matcher(text)
                    .replaceAll(m -> Matcher.quoteReplacement(
                            operand(m.group(1), m.group(2)) + "/" + operand(m.group(3), m.group(4))));
        }
        text = COMMAND.matcher(text).replaceAll("$1");
        return text.replaceAll("[{}\\\\]", "").replaceAll("\\s+", " ").strip();
    }

    /** Inline Markdown (a flashcard, a prompt) as plain text: its formulas in words, emphasis and code marks dropped. */
    public static String ofInlineMarkdown(String markdown) {
        String text = INLINE_MATH.matcher(markdown).replaceAll(m -> Matcher.quoteReplacement(plain(m.group(1))));
        return text.replaceAll("\\*\\*|__|`", "").replaceAll("\\s+", " ").strip();
    }

    private static String arg(MatchResult m) {
        return m.group(2) != null ? m.group(2) : m.group(3);
    }

    private static String operand(String braced, String single) {
        String operand = braced != null ? braced.strip() : single;
        return operand.matches("[\\p{L}\\p{N}_.]+") ? operand : "(" + operand + ")";
    }

    /** Digits (and signs) as Unicode sub- or superscripts; anything else keeps its mark: {@code w_q}, {@code e^x}. */
    private static String script(String mark, String arg) {
        String target = mark.equals("_") ? SUBSCRIPT : SUPERSCRIPT;
        StringBuilder out = new StringBuilder();
        for (char c : arg.strip().toCharArray()) {
            int i = DIGITS.indexOf(c);
            if (i < 0) {
                return mark + arg.strip();
            }
            out.append(target.charAt(i));
        }
        return out.toString();
    }
}
