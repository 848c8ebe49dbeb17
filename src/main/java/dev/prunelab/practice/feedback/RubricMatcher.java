package dev.prunelab.practice.feedback;

import dev.prunelab.content.Rubric;
import dev.prunelab.practice.feedback.Feedback.FlaggedMisconception;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * One rubric compiled for matching: every key point with its paraphrases analysed, every misconception with
 * its patterns. Immutable once built, so one instance serves every request.
 *
 * <p>A sentence credits a point with {@code explanation × ramp(similarity)}, where the similarity is the best
 * over the point's text and paraphrases ({@link Phrase#similarity}) and the ramp rises from 0 at
 * {@link #LOW} to 1 at {@link #HIGH}. A sentence credits at most {@link #POINTS_PER_SENTENCE} points (its best),
 * so one long sentence full of terms cannot collect a dimension. A point's credit is its best sentence's.
 */
final class RubricMatcher {

    static final double LOW = 0.22, HIGH = 0.5;
    /**
     * A misconception is flagged only on a close match in a sentence that makes a claim (not a list of terms),
     * and never when the sentence negates it or frames it as an error ("a common mistake is…").
     */
    static final double MISCONCEPTION = 0.6;

    static final int POINTS_PER_SENTENCE = 3;
    /** Credit at which a point counts as made (and its sentences as evidence). */
    static final double MADE = 0.5;

    private static final Set<String> FRAMING = Set.of(
            "myth",
            "misconception",
            "mistake",
            "mistakenly",
            "wrong",
            "wrongly",
            "fallacy",
            "pitfall",
            "pitfalls",
            "assuming",
            "expecting",
            "trusting",
            "believing",
            "naive",
            "naively",
            "beware",
            "avoid",
            "careful",
            "misleading",
            "false");

    /**
     * Words that make a claim absolute. Many misconceptions hinge on one ("pruned models are ALWAYS faster"), so
     * a pattern holding one matches only a sentence that makes some absolute claim too.
     */
    private static final Set<String> ABSOLUTES = Set.of(
            "always",
            "every",
            "everything",
            "all",
            "exactly",
            "automatically",
            "whenever",
            "guaranteed",
            "proportionally",
            "strictly",
            "just",
            "only",
            "enough",
            "never",
            "ever",
            "same",
            "10x",
            "2x",
            "3x",
            "halves",
            "halve");

    record Point(String dimension, Rubric.Point point, List<Phrase> phrases) {}

    /** A misconception pattern: its phrase, how many negations it holds, and whether it claims an absolute. */
    private record Pattern(Phrase phrase, int negations, boolean absolute) {}

    private record Misconception(
            String dimension, Rubric.Misconception misconception, List<Pattern> patterns, Phrase correction) {}

    /** What one point earned. */
    record Credit(Point point, double credit, List<Integer> sentences) {
        boolean made() {
            return credit >= MADE;
        }
    }

    /**
     * Everything the answer matched.
     *
     * @param topicality each sentence's best similarity to any point, in answer order
     */
    record Matches(List<Credit> credits, List<FlaggedMisconception> misconceptions, double[] topicality) {

        /** The share of sentences that say something close to some key point. */
        double topicalShare() {
            return topicality.length == 0
                    ? 0
                    : Arrays.stream(topicality).filter(t -> t >= LOW).count() / (double) topicality.length;
        }
    }

    private final Rubric rubric;
    private final List<Point> points;
    private final List<Misconception> misconceptions;
    private final TermWeights weights;

    RubricMatcher(Rubric rubric, TextAnalysis analysis, TermWeights weights) {
        this.rubric = rubric;
        this.weights = weights;
        List<Point> points = new ArrayList<>();
        List<Misconception> misconceptions = new ArrayList<>();
        for (Rubric.Dimension dimension : rubric.dimensions()) {
            for (Rubric.Point point : dimension.points()) {
                List<Phrase> phrases = Stream.concat(Stream.of(point.text()), point.paraphrases().stream())
                        .map(text -> Phrase.of(text, analysis.stems(text)))
                        .toList();
                points.add(new Point(dimension.id(), point, phrases));
            }
            for (Rubric.Misconception misconception : dimension.misconceptions()) {
                List<Pattern> patterns = Stream.concat(
                                Stream.of(misconception.claim()), misconception.patterns().stream())
                        .map(text -> pattern(text, analysis))
                        .toList();
                misconceptions.add(new Misconception(
                        dimension.id(),
                        misconception,
                        patterns,
                        Phrase.of(misconception.correction(), analysis.stems(misconception.correction()))));
            }
        }
        this.points = List.copyOf(points);
        this.misconceptions = List.copyOf(misconceptions);
    }

    private static Pattern pattern(String text, TextAnalysis analysis) {
        List<String> words = TextAnalysis.words(text);
        return new Pattern(
                Phrase.of(text, analysis.stems(text)),
                TextAnalysis.negations(words),
                words.stream().anyMatch(ABSOLUTES::contains));
    }

    Rubric rubric() {
        return rubric;
    }

    /** The reference texts of every point and misconception, for the term statistics. */
    static Stream<String> texts(Rubric rubric) {
        return rubric.dimensions().stream()
                .flatMap(d -> Stream.concat(
                        d.points().stream().flatMap(p -> Stream.concat(Stream.of(p.text()), p.paraphrases().stream())),
                        d.misconceptions().stream()
                                .flatMap(m -> Stream.concat(Stream.of(m.claim()), m.patterns().stream()))));
    }

    Matches match(List<AnalysedSentence> sentences) {
        double[][] credit = new double[sentences.size()][points.size()];
        double[] topicality = new double[sentences.size()];
        for (int s = 0; s < sentences.size(); s++) {
            AnalysedSentence sentence = sentences.get(s);
            double best = 0;
            for (int p = 0; p < points.size(); p++) {
                double similarity = similarity(sentence.phrase(), points.get(p).phrases());
                best = Math.max(best, similarity);
                credit[s][p] = sentence.explanation() * ramp(similarity);
            }
            topicality[s] = best;
            keepBest(credit[s]);
        }
        List<Credit> credits = new ArrayList<>();
        for (int p = 0; p < points.size(); p++) {
            double best = 0;
            List<Integer> evidence = new ArrayList<>();
            for (int s = 0; s < sentences.size(); s++) {
                best = Math.max(best, credit[s][p]);
                if (credit[s][p] >= MADE) {
                    evidence.add(sentences.get(s).index());
                }
            }
            credits.add(new Credit(points.get(p), best, List.copyOf(evidence)));
        }
        return new Matches(List.copyOf(credits), flag(sentences), topicality);
    }

    /** The best similarity of a sentence to each point, keyed by point id (for tuning and tests). */
    Map<String, Double> similarities(AnalysedSentence sentence) {
        Map<String, Double> result = new LinkedHashMap<>();
        points.forEach(p -> result.put(p.point().id(), similarity(sentence.phrase(), p.phrases())));
        return result;
    }

    private double similarity(Phrase sentence, List<Phrase> references) {
        return references.stream()
                .mapToDouble(r -> sentence.similarity(r, weights))
                .max()
                .orElse(0);
    }

    private static double ramp(double similarity) {
        return AnalysedSentence.clamp((similarity - LOW) / (HIGH - LOW));
    }

    /** Zeroes all but the sentence's {@link #POINTS_PER_SENTENCE} highest credits. */
    private static void keepBest(double[] credits) {
        double[] sorted = credits.clone();
        Arrays.sort(sorted);
        double floor = sorted.length > POINTS_PER_SENTENCE ? sorted[sorted.length - POINTS_PER_SENTENCE] : 0;
        int kept = 0;
        for (int i = 0; i < credits.length; i++) {
            if (credits[i] >= floor && credits[i] > 0 && kept < POINTS_PER_SENTENCE) {
                kept++;
            } else {
                credits[i] = 0;
            }
        }
    }

    private List<FlaggedMisconception> flag(List<AnalysedSentence> sentences) {
        List<FlaggedMisconception> flagged = new ArrayList<>();
        for (Misconception m : misconceptions) {
            sentences.stream()
                    .filter(s -> claims(s, m))
                    .min(Comparator.comparingInt(AnalysedSentence::index))
                    .ifPresent(s -> flagged.add(new FlaggedMisconception(
                            m.dimension(),
                            m.misconception().id(),
                            s.index(),
                            s.sentence().text(),
                            m.misconception().claim(),
                            m.misconception().correction(),
                            m.misconception().lesson().href())));
        }
        flagged.sort(Comparator.comparingInt(FlaggedMisconception::sentence));
        return List.copyOf(flagged);
    }

    /**
     * Whether the sentence makes the claim: close to a pattern, with the same polarity, not framed as an error, and
     * not closer to the correction than to the claim (a sentence that states the correct practice, such as keeping
     * the mask fixed, shares words with the wrong claim but is not making it).
     */
    private boolean claims(AnalysedSentence sentence, Misconception m) {
        List<String> words = sentence.sentence().words();
        if (sentence.explanation() < MADE || words.stream().anyMatch(FRAMING::contains)) {
            return false;
        }
        int negations = TextAnalysis.negations(words);
        boolean absolute = words.stream().anyMatch(ABSOLUTES::contains);
        double best = m.patterns().stream()
                .filter(p -> negations % 2 == p.negations() % 2 && (absolute || !p.absolute()))
                .mapToDouble(p -> sentence.phrase().similarity(p.phrase(), weights))
                .max()
                .orElse(0);
        return best >= MISCONCEPTION && sentence.phrase().similarity(m.correction(), weights) < best;
    }
}
