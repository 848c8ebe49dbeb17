package dev.prunelab.practice.feedback;

import dev.prunelab.content.Rubric;
import dev.prunelab.practice.feedback.Feedback.FlaggedMisconception;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * One rubric compiled for matching: every key point with its paraphrases, every misconception with its wordings and
 * its correction, each as a {@link Reference}. Immutable once built, so one instance serves every request.
 *
 * <p>A sentence credits a point with {@code explanation × ramp(similarity)} ({@link Similarity}); a sentence credits
 * at most {@link #POINTS_PER_SENTENCE} points (its best), so one long sentence full of terms cannot collect a
 * dimension; a point's credit is its best sentence's. A sentence that states a misconception credits nothing.
 *
 * <p>A misconception is judged on every {@link Claim} (sentences and their clauses): it is <em>stated</em> when a
 * claim asserts it ({@link Stance#ASSERTS}) with similarity at least {@link #STATES} to one of its wordings and
 * closer to that wording than to its correction; it is <em>refuted</em> when a claim denies it or holds it up as an
 * error with similarity at least {@link #REFUTES}. A refutation credits the misconception's point: the key point of
 * its dimension closest to its correction.
 */
final class RubricMatcher {

    static final int POINTS_PER_SENTENCE = 3;
    /** Credit at which a point counts as made (and its sentences as evidence). */
    static final double MADE = 0.5;
    /** Similarity at which a claim is judged to be about a misconception. */
    static final double STATES = 0.6, REFUTES = 0.5;
    /** An asserted claim must be at least this much closer to a wrong wording than to any counterexample. */
    static final double MARGIN = 0.05;
    /**
     * Similarity to the nearest key point from which a sentence counts as on topic: above {@link Similarity#LOW}, so
     * a sentence that only shares the vocabulary of machine learning (attention, weights, layers) does not.
     */
    static final double TOPICAL = 0.35;

    record Point(String dimension, Rubric.Point point, List<Reference> references) {}

    private record Misconception(
            String dimension,
            Rubric.Misconception misconception,
            List<Reference> wordings,
            List<Reference> counterexamples,
            Reference correction,
            Crux crux) {}

    /** What one point earned. */
    record Credit(Point point, double credit, List<Integer> sentences) {
        boolean made() {
            return credit >= MADE;
        }
    }

    /**
     * A misconception an answer refuted.
     *
     * @param id       the misconception's id
     * @param sentence the sentence that refutes it
     */
    record Refutation(String dimension, String id, int sentence, String pointId) {}

    /**
     * Everything the answer matched.
     *
     * @param topicality each sentence's best similarity to any point, in answer order
     */
    record Matches(
            List<Credit> credits,
            List<FlaggedMisconception> misconceptions,
            List<Refutation> refutations,
            double[] topicality) {

        /** The share of sentences that say something close to some key point. */
        double topicalShare() {
            return topicality.length == 0
                    ? 0
                    : Arrays.stream(topicality).filter(t -> t >= TOPICAL).count() / (double) topicality.length;
        }
    }

    private final Rubric rubric;
    private final List<Point> points;
    private final List<Misconception> misconceptions;
    private final Map<String, Integer> refutationPoints = new LinkedHashMap<>();
    private final Similarity similarity;

    RubricMatcher(Rubric rubric, ReferenceBook book, Similarity similarity) {
        this.rubric = rubric;
        this.similarity = similarity;
        List<Point> points = new ArrayList<>();
        List<Misconception> misconceptions = new ArrayList<>();
        for (Rubric.Dimension dimension : rubric.dimensions()) {
            for (Rubric.Point point : dimension.points()) {
                points.add(new Point(
                        dimension.id(),
                        point,
                        Stream.concat(Stream.of(point.text()), point.paraphrases().stream())
                                .map(book::reference)
                                .toList()));
            }
            for (Rubric.Misconception m : dimension.misconceptions()) {
                misconceptions.add(new Misconception(
                        dimension.id(),
                        m,
                        Stream.concat(Stream.of(m.claim()), m.patterns().stream())
                                .map(book::reference)
                                .toList(),
                        Stream.concat(Stream.of(m.correction()), m.counterexamples().stream())
                                .map(book::reference)
                                .toList(),
                        book.reference(m.correction()),
                        Crux.of(m.requires())));
            }
        }
        this.points = List.copyOf(points);
        this.misconceptions = List.copyOf(misconceptions);
        for (Misconception m : misconceptions) {
            int best = -1;
            double bestSimilarity = -1;
            for (int p = 0; p < points.size(); p++) {
                if (points.get(p).dimension().equals(m.dimension())) {
                    double s = similarity.best(m.correction(), points.get(p).references());
                    if (s > bestSimilarity) {
                        bestSimilarity = s;
                        best = p;
                    }
                }
            }
            if (best >= 0) {
                refutationPoints.put(m.misconception().id(), best);
            }
        }
    }

    Rubric rubric() {
        return rubric;
    }

    /** Every reference text of a rubric (points, paraphrases, misconception wordings, corrections). */
    static Stream<String> texts(Rubric rubric) {
        return rubric.dimensions().stream()
                .flatMap(d -> Stream.concat(
                        d.points().stream().flatMap(p -> Stream.concat(Stream.of(p.text()), p.paraphrases().stream())),
                        d.misconceptions().stream()
                                .flatMap(m -> Stream.of(
                                                Stream.of(m.claim(), m.correction()),
                                                m.patterns().stream(),
                                                m.counterexamples().stream())
                                        .flatMap(x -> x))));
    }

    Matches match(List<Unit> sentences, List<Unit> claims) {
        List<Verdict> verdicts = judge(claims);
        boolean[] stating = new boolean[sentences.size()];
        verdicts.stream().filter(v -> v.stance == Stance.ASSERTS).forEach(v -> stating[v.sentence] = true);
        double[][] credit = new double[sentences.size()][points.size()];
        double[] topicality = new double[sentences.size()];
        for (int s = 0; s < sentences.size(); s++) {
            Unit sentence = sentences.get(s);
            double best = 0;
            double[] sims = new double[points.size()];
            for (int p = 0; p < points.size(); p++) {
                sims[p] = similarity.best(sentence, points.get(p).references());
                best = Math.max(best, sims[p]);
                credit[s][p] = stating[s] ? 0 : sentence.explanation() * Similarity.ramp(sims[p]);
            }
            topicality[s] = best;
            keepBest(credit[s], sims);
        }
        List<Refutation> refutations = new ArrayList<>();
        for (Verdict v : verdicts) {
            if (v.stance.refutes()
                    && refutations.stream()
                            .noneMatch(r -> r.id().equals(
                                            v.misconception.misconception().id()))) {
                Integer p = refutationPoints.get(v.misconception.misconception().id());
                refutations.add(new Refutation(
                        v.misconception.dimension(),
                        v.misconception.misconception().id(),
                        v.sentence,
                        p == null ? null : points.get(p).point().id()));
                if (p != null) {
                    Unit sentence = sentences.get(v.sentence);
                    credit[v.sentence][p] = Math.max(credit[v.sentence][p], sentence.explanation());
                }
            }
        }
        List<Credit> credits = new ArrayList<>();
        for (int p = 0; p < points.size(); p++) {
            double best = 0;
            List<Integer> evidence = new ArrayList<>();
            for (int s = 0; s < sentences.size(); s++) {
                best = Math.max(best, credit[s][p]);
                if (credit[s][p] >= MADE) {
                    evidence.add(s);
                }
            }
            credits.add(new Credit(points.get(p), best, List.copyOf(evidence)));
        }
        return new Matches(List.copyOf(credits), flagged(verdicts, sentences), List.copyOf(refutations), topicality);
    }

    /** The best similarity of a text to each point, keyed by point id (for tuning and tests). */
    Map<String, Double> similarities(Unit unit) {
        Map<String, Double> result = new LinkedHashMap<>();
        points.forEach(p -> result.put(p.point().id(), similarity.best(unit, p.references())));
        return result;
    }

    /** A claim's judgement on one misconception. */
    private record Verdict(
            Misconception misconception, int sentence, Stance stance, double similarity, boolean ownClause) {}

    /** For each misconception, the claims that state or refute it (stating wins over refuting in one claim). */
    private List<Verdict> judge(List<Unit> claims) {
        List<Verdict> verdicts = new ArrayList<>();
        for (Unit unit : claims) {
            if (unit.explanation() < MADE) {
                continue;
            }
            List<Boolean> held = misconceptions.stream()
                    .map(m -> m.crux().heldBy(unit.claim()))
                    .toList();
            // Only a misconception whose crux the claim holds can be judged: without one, nothing to compare
            if (!held.contains(true)) {
                continue;
            }
            List<Signals> signals =
                    misconceptions.stream().map(m -> signals(m, unit)).toList();
            MisconceptionModel.Context context = context(unit, signals);
            for (int i = 0; i < misconceptions.size(); i++) {
                Misconception m = misconceptions.get(i);
                if (!held.get(i)) {
                    continue;
                }
                double others = 0;
                for (int j = 0; j < signals.size(); j++) {
                    others = j == i ? others : Math.max(others, signals.get(j).cosAsserted());
                }
                Signals own = signals.get(i);
                if (!unit.claim().framed()
                        && MisconceptionModel.FITTED.states(
                                own, own.cosAsserted() - others, unit.explanation(), context)) {
                    verdicts.add(new Verdict(m, unit.sentence(), Stance.ASSERTS, own.cosAsserted(), false));
                } else if (own.refuting() != null && own.cosRefuting() >= REFUTES) {
                    boolean ownClause = !unit.claim().whole() || unit.claim().framed();
                    verdicts.add(new Verdict(m, unit.sentence(), own.refuting(), own.cosRefuting(), ownClause));
                }
            }
        }
        // A sentence that sets a belief up and knocks it down in a clause of its own ("the average stays flat, so an
        // unchanged headline number doesn't mean nothing was lost") refutes it: the set-up does not state it. Only a
        // framing counts; a bare negation elsewhere in the sentence ("with no special engineering") does not.
        List<Verdict> knockdowns = verdicts.stream()
                .filter(v -> v.ownClause && v.stance == Stance.REFUTES)
                .toList();
        verdicts.removeIf(v -> v.stance == Stance.ASSERTS
                && knockdowns.stream().anyMatch(k -> k.sentence == v.sentence && k.misconception == v.misconception));
        return verdicts;
    }

    /**
     * What a claim shows about one misconception: the best cosine and lexical similarity to a wording it asserts, to a
     * counterexample, and to a wording it denies or frames as an error (with that stance), and whether the closest
     * asserted wording is absolute while the claim is not.
     */
    record Signals(
            double cosAsserted,
            double lexAsserted,
            double cosCounter,
            double lexCounter,
            double cosRefuting,
            Stance refuting,
            boolean absoluteMismatch) {}

    private Signals signals(Misconception m, Unit unit) {
        Claim claim = unit.claim();
        double cosA = 0, lexA = 0, cosR = 0;
        boolean absoluteMismatch = false;
        Stance refuting = null;
        for (Reference wording : m.wordings()) {
            double cos = similarity.cosine(unit, wording), lex = similarity.lexical(unit, wording);
            Stance stance = Stance.towards(claim, wording.negations(), wording.absolute());
            if (stance == Stance.ASSERTS) {
                if (cos > cosA) {
                    absoluteMismatch = wording.absolute() && !claim.absolute();
                }
                cosA = Math.max(cosA, cos);
                lexA = Math.max(lexA, lex);
            } else if (stance.refutes() && cos > cosR) {
                cosR = cos;
                refuting = stance;
            }
        }
        double cosC = 0, lexC = 0;
        for (Reference counter : m.counterexamples()) {
            cosC = Math.max(cosC, similarity.cosine(unit, counter));
            lexC = Math.max(lexC, similarity.lexical(unit, counter));
        }
        return new Signals(cosA, lexA, cosC, lexC, cosR, refuting, absoluteMismatch);
    }

    /**
     * The raw evidence of a claim about each misconception, keyed by misconception id (for tuning): cosA, lexA, cosC,
     * lexC, cosR, the margin over the other misconceptions, framed, hedged, whole, explanation, absolute mismatch, crux.
     */
    Map<String, double[]> features(Unit unit) {
        Map<String, double[]> result = new LinkedHashMap<>();
        List<Signals> signals =
                misconceptions.stream().map(m -> signals(m, unit)).toList();
        MisconceptionModel.Context context = context(unit, signals);
        for (int i = 0; i < misconceptions.size(); i++) {
            Signals own = signals.get(i);
            double others = 0;
            for (int j = 0; j < signals.size(); j++) {
                others = j == i ? others : Math.max(others, signals.get(j).cosAsserted());
            }
            result.put(misconceptions.get(i).misconception().id(), new double[] {
                own.cosAsserted(),
                own.lexAsserted(),
                own.cosCounter(),
                own.lexCounter(),
                own.cosRefuting(),
                own.cosAsserted() - others,
                unit.claim().framed() ? 1 : 0,
                unit.claim().hedged() ? 1 : 0,
                unit.claim().whole() ? 1 : 0,
                unit.explanation(),
                own.absoluteMismatch() ? 1 : 0,
                misconceptions.get(i).crux().heldBy(unit.claim()) ? 1 : 0,
                context.cosPoint(),
                context.cosCorrect()
            });
        }
        return result;
    }

    private MisconceptionModel.Context context(Unit unit, List<Signals> signals) {
        double cosPoint = points.stream()
                .flatMap(p -> p.references().stream())
                .mapToDouble(r -> similarity.cosine(unit, r))
                .max()
                .orElse(0);
        double cosCorrect =
                signals.stream().mapToDouble(Signals::cosCounter).max().orElse(0);
        return new MisconceptionModel.Context(cosPoint, cosCorrect);
    }

    private List<FlaggedMisconception> flagged(List<Verdict> verdicts, List<Unit> sentences) {
        Map<String, Verdict> first = new LinkedHashMap<>();
        verdicts.stream()
                .filter(v -> v.stance == Stance.ASSERTS)
                .sorted(Comparator.comparingInt(Verdict::sentence))
                .forEach(v -> first.putIfAbsent(v.misconception.misconception().id(), v));
        List<FlaggedMisconception> flagged = new ArrayList<>();
        for (Verdict v : first.values()) {
            Rubric.Misconception m = v.misconception.misconception();
            flagged.add(new FlaggedMisconception(
                    v.misconception.dimension(),
                    m.id(),
                    v.sentence,
                    sentences.get(v.sentence).claim().text(),
                    m.claim(),
                    m.correction(),
                    m.lesson().href()));
        }
        flagged.sort(Comparator.comparingInt(FlaggedMisconception::sentence));
        return List.copyOf(flagged);
    }

    /**
     * Zeroes all but the sentence's {@link #POINTS_PER_SENTENCE} best points, ranked by similarity (credit saturates,
     * so ties in credit are broken by how close the sentence is).
     */
    private static void keepBest(double[] credits, double[] similarities) {
        Integer[] order = new Integer[credits.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Arrays.sort(order, Comparator.comparingDouble((Integer i) -> -similarities[i]));
        for (int rank = POINTS_PER_SENTENCE; rank < order.length; rank++) {
            credits[order[rank]] = 0;
        }
    }
}
