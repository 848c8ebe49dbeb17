package dev.prunelab.practice.feedback;

import dev.prunelab.content.ContentCatalog;
import dev.prunelab.content.ContentLink;
import dev.prunelab.content.Rubric;
import dev.prunelab.practice.feedback.Feedback.DimensionScore;
import dev.prunelab.practice.feedback.Feedback.Evidence;
import dev.prunelab.practice.feedback.Feedback.Length;
import dev.prunelab.practice.feedback.Feedback.MatchedPoint;
import dev.prunelab.practice.feedback.Feedback.MissedPoint;
import dev.prunelab.practice.feedback.Feedback.Notes;
import dev.prunelab.practice.feedback.RubricMatcher.Credit;
import dev.prunelab.practice.feedback.RubricMatcher.Matches;
import dev.prunelab.web.InvalidInput;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalInt;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Grades a written answer against its question's rubric, deterministically and offline, and explains the grade.
 *
 * <p>How: the answer is split into sentences; each sentence is compared with every key point's text and
 * paraphrases by IDF-weighted stem overlap plus stem-pair overlap ({@link Phrase}); credit is scaled by how
 * explanatory the sentence is and capped per sentence ({@link RubricMatcher}). A dimension scores
 * {@code 4 × min(1, weighted share of its points made / }{@value #SATURATION}{@code )^}{@value #CURVE}, less
 * {@value #MISCONCEPTION_PENALTY} per misconception flagged in it; communication averages that with the
 * structure and length checks ({@link WritingChecks}). Every score is scaled down when few sentences are on
 * topic, so an off-topic answer scores near 0. The overall score is the mean of the dimensions.
 *
 * <p>The term statistics and compiled rubrics are built once in the constructor; afterwards the engine is
 * immutable and thread-safe. Example:
 * <pre>{@code
 * FeedbackEngine engine = new FeedbackEngine(catalog);
 * Feedback feedback = engine.evaluate("model-pruning", answer, OptionalInt.of(5));
 * feedback.overall();          // 2.7
 * feedback.missedPoints();     // most important first, each with its lesson link
 * }</pre>
 */
public final class FeedbackEngine {

    /** Longest answer accepted, in characters. */
    public static final int MAX_ANSWER_CHARS = 20_000;
    /** Shortest answer that gets a score, in words. */
    public static final int MIN_WORDS = 40;
    /** Time boxes accepted, in minutes. */
    public static final int MIN_TIME_BOX = 1, MAX_TIME_BOX = 60;
    /** Time box for a follow-up when none is given (the question card gives its own). */
    public static final int FOLLOW_UP_MINUTES = 2;
    /** Share of a dimension's point weight that earns the full 4 (nobody makes every point in the time). */
    static final double SATURATION = 0.6;
    /** Below 1, touching part of a dimension earns proportionally more, as interviewers grade it. */
    static final double CURVE = 0.8;

    static final double MISCONCEPTION_PENALTY = 0.75;
    /** Share of on-topic sentences below which every score is scaled down. */
    static final double ON_TOPIC = 0.4;

    private final ContentCatalog catalog;
    private final TextAnalysis analysis = new TextAnalysis();
    private final Map<String, RubricMatcher> matchers;
    private final NextSteps nextSteps;

    /** Indexes the catalog's rubrics and lessons. */
    public FeedbackEngine(ContentCatalog catalog) {
        this.catalog = catalog;
        List<List<String>> documents = new ArrayList<>();
        catalog.rubrics().stream()
                .flatMap(RubricMatcher::texts)
                .map(analysis::stems)
                .forEach(documents::add);
        catalog.lessons().stream()
                .flatMap(l -> l.sections().stream())
                .flatMap(section -> Stream.of(section.text().split("\\n\\s*\\n")))
                .filter(paragraph -> !paragraph.isBlank())
                .map(analysis::stems)
                .forEach(documents::add);
        TermWeights weights = new TermWeights(documents);
        this.matchers = catalog.rubrics().stream()
                .collect(Collectors.toMap(
                        Rubric::questionId,
                        rubric -> new RubricMatcher(rubric, analysis, weights),
                        (a, b) -> a,
                        TreeMap::new));
        this.nextSteps = new NextSteps(catalog);
    }

    /** The question and follow-up ids this engine can grade (those with a rubric), sorted. */
    public List<String> questionIds() {
        return List.copyOf(matchers.keySet());
    }

    /** @throws InvalidInput naming the answer, when it is over {@value #MAX_ANSWER_CHARS} characters */
    public static void checkLength(String answer) {
        if (answer.length() > MAX_ANSWER_CHARS) {
            throw InvalidInput.of("answer", answer.length() + " characters; at most " + MAX_ANSWER_CHARS + " allowed");
        }
    }

    /**
     * Grades one answer.
     *
     * @param questionId     a question card id ({@code model-pruning}) or a follow-up id with a rubric
     * @param answer         the answer as written (Markdown allowed), at most {@value #MAX_ANSWER_CHARS} characters
     * @param timeBoxMinutes the time box to judge the length against; empty for the question's own
     *                       (the card's minutes, {@value #FOLLOW_UP_MINUTES} for a follow-up)
     * @return scores and notes, or a message instead of a score when the answer has fewer than {@value #MIN_WORDS} words
     * @throws InvalidInput naming the field and its allowed values, for an unknown question, an
     *                                  answer that is too long or a time box out of range
     */
    public Feedback evaluate(String questionId, String answer, OptionalInt timeBoxMinutes) {
        RubricMatcher matcher = matchers.get(questionId);
        if (matcher == null) {
            throw InvalidInput.of(
                    "question",
                    "unknown id '" + questionId + "'; allowed values: " + String.join(", ", matchers.keySet()));
        }
        String text = answer == null ? "" : answer;
        checkLength(text);
        int timeBox = timeBoxMinutes.orElse(defaultMinutes(questionId));
        if (timeBox < MIN_TIME_BOX || timeBox > MAX_TIME_BOX) {
            throw InvalidInput.of(
                    "timeBoxMinutes", timeBox + "; allowed values: " + MIN_TIME_BOX + " to " + MAX_TIME_BOX);
        }
        AnswerText parsed = AnswerText.of(text);
        Length length = WritingChecks.length(parsed.words(), timeBox);
        if (parsed.words() < MIN_WORDS) {
            String message = parsed.words() == 0
                    ? "Write an answer first: at least " + MIN_WORDS + " words."
                    : "Write at least " + MIN_WORDS + " words (you have " + parsed.words()
                            + ") so there is something to "
                            + "grade: say what it is, how it works, when to use it and what can go wrong.";
            return Feedback.needsMore(questionId, message, new Notes(List.of(), "", length));
        }
        List<AnalysedSentence> sentences = parsed.sentences().stream()
                .map(s -> AnalysedSentence.of(s, analysis))
                .toList();
        return grade(matcher, parsed, sentences, matcher.match(sentences), length);
    }

    /** Each sentence of the answer with its best-matching points and similarities (for tuning and tests). */
    List<String> explain(String questionId, String answer) {
        RubricMatcher matcher = matchers.get(questionId);
        return AnswerText.of(answer).sentences().stream()
                .map(s -> AnalysedSentence.of(s, analysis))
                .map(s -> {
                    String top = matcher.similarities(s).entrySet().stream()
                            .sorted(Map.Entry.<String, Double>comparingByValue().reversed())
                            .limit(3)
                            .map(e -> e.getKey() + String.format(Locale.ROOT, "=%.2f", e.getValue()))
                            .collect(Collectors.joining(" "));
                    return String.format(
                            Locale.ROOT,
                            "[%d] q=%.2f %s | %s",
                            s.index(),
                            s.explanation(),
                            top,
                            s.sentence().text());
                })
                .toList();
    }

    private int defaultMinutes(String questionId) {
        return catalog.question(questionId).map(q -> q.minutes()).orElse(FOLLOW_UP_MINUTES);
    }

    private Feedback grade(
            RubricMatcher matcher,
            AnswerText answer,
            List<AnalysedSentence> sentences,
            Matches matches,
            Length length) {
        Rubric rubric = matcher.rubric();
        WritingChecks.Structure structure = WritingChecks.structure(answer, sentences, matches.topicality());
        double relevance = Math.min(1.0, matches.topicalShare() / ON_TOPIC);
        Map<String, List<Credit>> byDimension = matches.credits().stream()
                .collect(Collectors.groupingBy(c -> c.point().dimension(), LinkedHashMap::new, Collectors.toList()));
        Map<Integer, String> sentenceText = answer.sentences().stream()
                .collect(Collectors.toMap(AnswerText.Sentence::index, AnswerText.Sentence::text));
        List<DimensionScore> dimensions = new ArrayList<>();
        for (Rubric.Dimension dimension : rubric.dimensions()) {
            List<Credit> credits = byDimension.getOrDefault(dimension.id(), List.of());
            double score = pointScore(credits);
            if (dimension.id().equals("communication")) {
                score = (score + WritingChecks.structureScore(structure, length)) / 2;
            }
            long flagged = matches.misconceptions().stream()
                    .filter(m -> m.dimension().equals(dimension.id()))
                    .count();
            score = Math.max(0, score * relevance - MISCONCEPTION_PENALTY * flagged);
            dimensions.add(new DimensionScore(
                    dimension.id(), dimension.name(), round(score), evidence(credits, sentenceText)));
        }
        double overall = round(
                dimensions.stream().mapToDouble(DimensionScore::score).average().orElse(0));
        List<MatchedPoint> matched = matches.credits().stream()
                .filter(Credit::made)
                .map(c -> new MatchedPoint(
                        c.point().dimension(),
                        c.point().point().id(),
                        c.point().point().text(),
                        round2(c.credit()),
                        c.sentences()))
                .toList();
        List<MissedPoint> missed = matches.credits().stream()
                .filter(c -> !c.made())
                .sorted(Comparator.comparingInt((Credit c) -> -c.point().point().weight()))
                .map(c -> new MissedPoint(
                        c.point().dimension(),
                        c.point().point().id(),
                        c.point().point().text(),
                        c.point().point().weight(),
                        c.point().point().lesson().href()))
                .toList();
        Notes notes = new Notes(WritingChecks.structureNotes(structure), depth(matches, sentences), length);
        return new Feedback(
                rubric.questionId(),
                true,
                "",
                overall,
                List.copyOf(dimensions),
                matched,
                missed,
                matches.misconceptions(),
                notes,
                nextSteps.choose(
                        matches.misconceptions(), missed, structureAdvice(structure), structureLesson(rubric)));
    }

    private static double pointScore(List<Credit> credits) {
        double total =
                credits.stream().mapToDouble(c -> c.point().point().weight()).sum();
        double earned = credits.stream()
                .mapToDouble(c -> c.point().point().weight() * c.credit())
                .sum();
        return total == 0 ? 0 : 4 * Math.pow(Math.min(1.0, earned / total / SATURATION), CURVE);
    }

    private static List<Evidence> evidence(List<Credit> credits, Map<Integer, String> sentenceText) {
        Map<Integer, List<String>> points = new TreeMap<>();
        credits.stream()
                .filter(Credit::made)
                .forEach(c -> c.sentences()
                        .forEach(s -> points.computeIfAbsent(s, k -> new ArrayList<>())
                                .add(c.point().point().id())));
        return points.entrySet().stream()
                .map(e -> new Evidence(e.getKey(), sentenceText.get(e.getKey()), List.copyOf(e.getValue())))
                .toList();
    }

    private static String depth(Matches matches, List<AnalysedSentence> sentences) {
        Map<Integer, AnalysedSentence> byIndex =
                sentences.stream().collect(Collectors.toMap(AnalysedSentence::index, Function.identity()));
        List<Credit> made = matches.credits().stream().filter(Credit::made).toList();
        int explained = (int) made.stream()
                .filter(c -> c.sentences().stream().anyMatch(s -> byIndex.get(s).explains()))
                .count();
        int listLike = 0;
        for (int i = 0; i < sentences.size(); i++) {
            listLike += matches.topicality()[i] >= RubricMatcher.LOW
                            && sentences.get(i).explanation() < 0.5
                    ? 1
                    : 0;
        }
        return WritingChecks.depthNote(explained, made.size() - explained, listLike);
    }

    private static List<String> structureAdvice(WritingChecks.Structure structure) {
        List<String> advice = new ArrayList<>();
        if (!structure.definitionFirst() || structure.signposts() < 2) {
            advice.add("Practise the skeleton: a one-sentence definition, then signposted parts.");
        }
        if (!structure.summary()) {
            advice.add("End with a one-line judgement and an offer to go deeper.");
        }
        return advice;
    }

    /** Where the rubric teaches structure: its communication dimension's most important point, else the playbook. */
    private static ContentLink structureLesson(Rubric rubric) {
        return rubric.dimension("communication")
                .flatMap(d -> d.points().stream().max(Comparator.comparingInt(Rubric.Point::weight)))
                .map(Rubric.Point::lesson)
                .orElse(new ContentLink("playbook", ""));
    }

    private static double round(double value) {
        return Math.round(Math.max(0, Math.min(4, value)) * 10) / 10.0;
    }

    private static double round2(double value) {
        return Math.round(value * 100) / 100.0;
    }
}
