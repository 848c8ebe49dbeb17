package dev.prunelab.practice.feedback;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * How a claim stands towards what it says: asserted, negated, hedged, or held up as somebody else's belief or as an
 * error. A claim that {@linkplain #holdsUp holds up} a misconception ("it's a myth that…", "people assume…",
 * "unlike dropout…") or {@linkplain #DENIES denies} it refutes it; only an asserted claim can state one.
 *
 * <p>Negation is counted against the reference phrase: "no need to retrain" asserts the misconception "you don't
 * need to fine-tune" (one negation each), and "you do need to fine-tune" denies it. See {@link #towards}.
 */
enum Stance {
    /** Says it, as the writer's own view. */
    ASSERTS,
    /** Says the opposite (a negation the reference does not have, or lacks one it has). */
    DENIES,
    /** Says it only sometimes or possibly ("can", "may", "often") where the reference claims it always. */
    HEDGES,
    /** Frames it as an error or as somebody else's belief ("a common mistake", "people assume", "unlike"). */
    REFUTES;

    /** Whether this stance counts against the claim it matches. */
    boolean refutes() {
        return this == DENIES || this == REFUTES;
    }

    /** Words that frame what the sentence says as an error. */
    private static final Set<String> FRAMING = Set.of(
            "myth",
            "myths",
            "misconception",
            "misconceptions",
            "mistake",
            "mistaken",
            "mistakenly",
            "wrong",
            "wrongly",
            "fallacy",
            "false",
            "falsely",
            "incorrect",
            "incorrectly",
            "untrue",
            "misleading",
            "pitfall",
            "pitfalls",
            "trap",
            "naive",
            "naively",
            "beware",
            "misread",
            "mistakes",
            "avoid",
            "don'ts",
            "gotcha",
            "gotchas",
            "traps",
            "correction",
            "corrections",
            "illusion",
            "overclaim",
            "erroneous",
            "peek",
            "peeks",
            "peeking",
            "leakage",
            "cheating",
            "flawed",
            "bogus",
            "misguided",
            "sloppy",
            "careless");

    /**
     * Phrases that report a belief rather than hold it, or set the claim against another ("unlike dropout").
     * Matched on the lower-cased sentence.
     */
    private static final Pattern REPORTED = Pattern.compile("\\b(people|many|most|some|folks|juniors?|candidates|"
            + "beginners|newcomers|teams|everyone|one|you|others|they)\\s+(often\\s+|sometimes\\s+|usually\\s+|tend to\\s+|"
            + "might\\s+|may\\s+|will\\s+|would\\s+)?(think|thinks|assume|assumes|believe|believes|expect|expects|"
            + "imagine|imagines|claim|claims|say|says|argue|argues|hope|hopes|conclude|suppose)\\b"
            + "|\\b(people|many|some|folks|juniors?|candidates|beginners|newcomers|others|teams)\\s+(often\\s+|sometimes\\s+|"
            + "usually\\s+|still\\s+|quietly\\s+|wrongly\\s+)?(cite|cites|treat|treats|call|calls|read|reads|quote|quotes|describe|present|take"
            + "|forget|forgets|skip|skips|ignore|ignores|overlook|confuse|conflate|blame)\\b"
            + "|\\b(it is|it's|it’s)\\s+(tempting|easy|common|natural)\\s+to\\s+(think|assume|believe|expect|conclude|read)\\b"
            + "|\\b(don't|do not|never|shouldn't|should not|can't|cannot)\\s+(just\\s+|simply\\s+|blindly\\s+)?"
            + "(assume|expect|believe|trust|conclude|think)\\b"
            + "|\\b(common|popular|widespread|naive|usual)\\s+(belief|assumption|intuition|expectation|claim|"
            + "misunderstanding|error|confusion)\\b"
            + "|\\bthe\\s+(idea|intuition|assumption|belief|claim|notion)\\s+that\\b"
            + "|\\b(unlike|contrary to|as opposed to)\\b"
            + "|\\b(not the same as|different from|differs from|is not like|isn't like)\\b"
            + "|\\b(not true|isn't true|is not true|isn't so|is not so|not the case|isn't the case|not correct|"
            + "doesn't hold|does not hold|doesn't follow|does not follow)\\b"
            + "|\\b(doesn't|does not|don't|do not|won't|will not|needn't|need not)\\s+(necessarily\\s+)?"
            + "(mean|imply|guarantee|prove|translate into)\\b|\\bno guarantee\\b");

    /** Words that say "sometimes" or "possibly": a hedged sentence does not claim an absolute. */
    private static final Set<String> HEDGE_WORDS = Set.of(
            "can",
            "could",
            "may",
            "might",
            "sometimes",
            "often",
            "usually",
            "typically",
            "generally",
            "frequently",
            "occasionally",
            "possibly",
            "potentially",
            "depends",
            "depending",
            "depend",
            "if",
            "unless",
            "when",
            "some",
            "certain",
            "perhaps",
            "mostly",
            "partly",
            "necessarily");

    /**
     * Words that make a claim absolute. Many misconceptions hinge on one ("pruned models are ALWAYS faster"), so a
     * hedged sentence without one does not make such a claim.
     */
    static final Set<String> ABSOLUTES = Set.of(
            "always",
            "every",
            "everything",
            "all",
            "any",
            "exactly",
            "automatically",
            "whenever",
            "guaranteed",
            "guarantees",
            "guarantee",
            "proportionally",
            "proportional",
            "linearly",
            "strictly",
            "never",
            "ever",
            "same",
            "identical",
            "10x",
            "2x",
            "3x",
            "4x",
            "5x",
            "9x",
            "20x",
            "halves",
            "halve",
            "doubles",
            "double",
            "free",
            "entirely",
            "completely",
            "fully",
            "nothing",
            "no",
            "none",
            "only",
            "just",
            "purely",
            "whatever",
            "regardless",
            "inevitably",
            "certainly",
            "definitely",
            "universally");

    /** A short sentence that only says the sentence before it was wrong: "That's not true.", "It doesn't." */
    private static final Pattern DISMISSAL =
            Pattern.compile("^(but\\s+|and\\s+)?(that|this|it|which)('s|’s|\\s+is|\\s+was)?"
                    + "\\s*(not\\s+(true|so|right|correct|the case)|(a\\s+)?(myth|mistake|misconception|wrong|false|untrue)|"
                    + "doesn't|does not|isn't|is not|won't|will not|wasn't|was not|can't|cannot)\\b");

    /** Whether the words call something an error ("myth", "mistake", "wrong"…). */
    static boolean errorWords(List<String> words) {
        return words.stream().anyMatch(FRAMING::contains);
    }

    /** A span in quotation marks: single quotes open after a space and close before one, so "doesn't" is no quote. */
    private static final Pattern QUOTE =
            Pattern.compile("(?:^|[\\s(*:\\-—])[\"“'‘]([^\"”\\n]*?)[\"”'’](?=$|[\\s).,;:!?*\\-—])");

    /** Whether most of the sentence is a quotation: somebody else's words held up, not the writer's claim. */
    static boolean quoted(String sentence) {
        var matcher = QUOTE.matcher(sentence);
        int quoted = 0;
        while (matcher.find()) {
            quoted += TextAnalysis.words(matcher.group(1)).size();
        }
        return quoted >= 3 && quoted * 2 >= TextAnalysis.words(sentence).size();
    }

    /** Whether the text reports a belief it does not hold, or sets itself against another ("unlike…"). */
    static boolean reports(String text) {
        return REPORTED.matcher(text.toLowerCase(Locale.ROOT)).find();
    }

    /** Whether the sentence is a short dismissal of the one before it ("That's not true."). */
    static boolean dismissal(String sentence, List<String> words) {
        return words.size() <= 9
                && DISMISSAL.matcher(sentence.toLowerCase(Locale.ROOT).strip()).find();
    }

    static boolean hedged(List<String> words) {
        return words.stream().anyMatch(HEDGE_WORDS::contains);
    }

    static boolean absolute(List<String> words) {
        return words.stream().anyMatch(ABSOLUTES::contains);
    }

    /**
     * The stance of a claim towards a reference phrase (a misconception's wording).
     *
     * @param claim     the claim's words and framing
     * @param negations how many negations the reference holds
     * @param absolute  whether the reference claims an absolute ("always", "10x")
     */
    static Stance towards(Claim claim, int negations, boolean absolute) {
        if (claim.framed()) {
            return REFUTES;
        }
        if (claim.negations() % 2 != negations % 2) {
            return DENIES;
        }
        if (absolute && claim.hedged() && !claim.absolute()) {
            return HEDGES;
        }
        return ASSERTS;
    }
}
