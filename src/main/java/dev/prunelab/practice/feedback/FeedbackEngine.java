package dev.prunelab.practice.feedback;

import dev.prunelab.content.ContentCatalog;
import dev.prunelab.content.Rubric;
import dev.prunelab.practice.feedback.Feedback.Length;
import dev.prunelab.practice.feedback.Feedback.Notes;
import dev.prunelab.web.InvalidInput;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Grades a written answer against its question's rubric, deterministically and offline, and explains the grade.
 *
 * <p>How: the answer is split into sentences and their clauses ({@link Claim}); each is compared with every key
 * point's wordings and every misconception's by words and by meaning ({@link Similarity}); its {@link Stance}
 * (asserted, denied, hedged, framed as an error) decides whether it states or refutes a misconception
 * ({@link RubricMatcher}); the evidence becomes scores through the fitted {@link ScoreModel}; {@link FeedbackWriter}
 * writes the notes. See the package documentation for the pipeline, the formulas and the calibration figures.
 *
 * <p>The term statistics, the embedded reference phrases and the compiled rubrics are built once in the
 * constructor; afterwards the engine is immutable and thread-safe. Example:
 * <pre>{@code
 * FeedbackEngine engine = new FeedbackEngine(catalog, meaning);
 * Feedback feedback = engine.evaluate("model-pruning", answer, OptionalInt.empty());
 * feedback.overall();          // 3.4
 * feedback.strengths();        // what the answer did well
 * feedback.misconceptions();   // stated wrong claims, each with its correction and lesson
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

    private final ContentCatalog catalog;
    private final TextAnalysis analysis = new TextAnalysis();
    private final Meaning meaning;
    private final Map<String, RubricMatcher> matchers;
    private final FeedbackWriter writer;
    private final ScoreModel model;

    /** Indexes the catalog's rubrics and lessons, matching by words alone. */
    public FeedbackEngine(ContentCatalog catalog) {
        this(catalog, Meaning.NONE, ScoreModel.FITTED);
    }

    /** Indexes the catalog's rubrics and lessons, matching by words and by the given sentence embeddings. */
    public FeedbackEngine(ContentCatalog catalog, Meaning meaning) {
        this(catalog, meaning, ScoreModel.FITTED);
    }

    FeedbackEngine(ContentCatalog catalog, Meaning meaning, ScoreModel model) {
        this(catalog, meaning, model, false);
    }

    /** @param leaveOneOut for tuning: see {@link Similarity#Similarity(TermWeights, boolean)} */
    FeedbackEngine(ContentCatalog catalog, Meaning meaning, ScoreModel model, boolean leaveOneOut) {
        this.catalog = catalog;
        this.meaning = meaning;
        this.model = model;
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
        Similarity similarity = new Similarity(new TermWeights(documents), leaveOneOut);
        ReferenceBook book = new ReferenceBook(
                catalog.rubrics().stream().flatMap(RubricMatcher::texts).toList(), analysis, meaning);
        this.matchers = catalog.rubrics().stream()
                .collect(Collectors.toMap(
                        Rubric::questionId,
                        rubric -> new RubricMatcher(rubric, book, similarity),
                        (a, b) -> a,
                        TreeMap::new));
        this.writer = new FeedbackWriter(catalog);
    }

    /** The length an answer should have for a time box (see the length note of the feedback). */
    public static Feedback.LengthTarget target(int timeBoxMinutes) {
        return WritingChecks.target(timeBoxMinutes);
    }

    /** The rubric of a question or follow-up this engine grades. */
    public Optional<Rubric> rubric(String questionId) {
        return Optional.ofNullable(matchers.get(questionId)).map(RubricMatcher::rubric);
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
        RubricMatcher matcher = matcher(questionId);
        String text = answer == null ? "" : answer;
        checkLength(text);
        int timeBox = timeBoxMinutes.orElse(defaultMinutes(questionId));
        if (timeBox < MIN_TIME_BOX || timeBox > MAX_TIME_BOX) {
            throw InvalidInput.of(
                    "timeBoxMinutes", timeBox + "; allowed values: " + MIN_TIME_BOX + " to " + MAX_TIME_BOX);
        }
        AnswerText parsed = AnswerText.of(text);
        Length length = WritingChecks.length(parsed.words(), timeBox, followUp(questionId));
        if (parsed.words() < MIN_WORDS) {
            String message = parsed.words() == 0
                    ? "Write an answer first: at least " + MIN_WORDS + " words."
                    : "Write at least " + MIN_WORDS + " words (you have " + parsed.words()
                            + ") so there is something to grade: say what it is, how it works, when to use it "
                            + "and what can go wrong.";
            return Feedback.needsMore(questionId, message, new Notes(List.of(), "", length));
        }
        Analysed analysed = analyse(parsed);
        return writer.write(
                matcher,
                model,
                parsed,
                analysed.sentences(),
                matcher.match(analysed.sentenceUnits(), analysed.claims()),
                length);
    }

    /** For tuning the score model: what it is computed from, for one answer (at least {@value #MIN_WORDS} words). */
    ScoreModel.Evidence evidence(String questionId, String answer, OptionalInt timeBoxMinutes) {
        RubricMatcher matcher = matcher(questionId);
        AnswerText parsed = AnswerText.of(answer);
        int timeBox = timeBoxMinutes.orElse(defaultMinutes(questionId));
        Length length = WritingChecks.length(parsed.words(), timeBox, followUp(questionId));
        Analysed analysed = analyse(parsed);
        RubricMatcher.Matches matches = matcher.match(analysed.sentenceUnits(), analysed.claims());
        return FeedbackWriter.evidence(
                matcher.rubric(),
                matches,
                WritingChecks.structure(parsed, analysed.sentences(), matches.topicality()),
                length);
    }

    /**
     * The misconceptions a text states, judged as one answer without the length checks (for tests of the
     * misconception detector on single sentences).
     */
    List<Feedback.FlaggedMisconception> misconceptions(String questionId, String text) {
        Analysed analysed = analyse(AnswerText.of(text));
        return matcher(questionId)
                .match(analysed.sentenceUnits(), analysed.claims())
                .misconceptions();
    }

    /** The misconceptions a text refutes (ids), judged as for {@link #misconceptions}. */
    List<String> refutations(String questionId, String text) {
        Analysed analysed = analyse(AnswerText.of(text));
        return matcher(questionId).match(analysed.sentenceUnits(), analysed.claims()).refutations().stream()
                .map(RubricMatcher.Refutation::id)
                .toList();
    }

    /** For tuning: each claim of the text with its raw evidence about every misconception of the question. */
    List<Map.Entry<Unit, Map<String, double[]>>> misconceptionFeatures(String questionId, String text) {
        RubricMatcher matcher = matcher(questionId);
        return analyse(AnswerText.of(text)).claims().stream()
                .map(u -> Map.entry(u, matcher.features(u)))
                .toList();
    }

    /** Each sentence of the answer with its best-matching points and similarities (for tuning and tests). */
    List<String> explain(String questionId, String answer) {
        RubricMatcher matcher = matcher(questionId);
        Analysed analysed = analyse(AnswerText.of(answer));
        return analysed.sentenceUnits().stream()
                .map(u -> {
                    String top = matcher.similarities(u).entrySet().stream()
                            .sorted(Map.Entry.<String, Double>comparingByValue().reversed())
                            .limit(3)
                            .map(e -> e.getKey() + String.format(java.util.Locale.ROOT, "=%.2f", e.getValue()))
                            .collect(Collectors.joining(" "));
                    return String.format(
                            java.util.Locale.ROOT,
                            "[%d] q=%.2f %s | %s",
                            u.sentence(),
                            u.explanation(),
                            top,
                            u.claim().text());
                })
                .toList();
    }

    /** An answer's sentences and claims, analysed and embedded. */
    private record Analysed(List<AnalysedSentence> sentences, List<Unit> sentenceUnits, List<Unit> claims) {}

    private Analysed analyse(AnswerText parsed) {
        List<AnalysedSentence> sentences = parsed.sentences().stream()
                .map(s -> AnalysedSentence.of(s, analysis))
                .toList();
        List<List<Claim>> claimsBySentence = new ArrayList<>();
        List<String> sentenceTexts = new ArrayList<>();
        List<List<String>> clauseTexts = new ArrayList<>();
        for (int i = 0; i < sentences.size(); i++) {
            boolean dismissed = i + 1 < sentences.size()
                    && Stance.dismissal(
                            parsed.sentences().get(i + 1).text(),
                            parsed.sentences().get(i + 1).words());
            List<Claim> of = Claim.of(parsed.sentences().get(i), dismissed);
            claimsBySentence.add(of);
            sentenceTexts.add(of.get(0).text());
            clauseTexts.add(of.subList(1, of.size()).stream().map(Claim::text).toList());
        }
        List<float[][]> vectors = meaning.embedWithParts(sentenceTexts, clauseTexts);
        List<Unit> sentenceUnits = new ArrayList<>();
        List<Unit> claims = new ArrayList<>();
        for (int i = 0; i < sentences.size(); i++) {
            List<Claim> of = claimsBySentence.get(i);
            for (int c = 0; c < of.size(); c++) {
                Claim claim = of.get(c);
                Unit unit = new Unit(
                        claim,
                        claim.whole()
                                ? sentences.get(i).phrase()
                                : Phrase.of(claim.text(), analysis.stems(claim.text())),
                        vectors.get(i)[c],
                        sentences.get(i).explanation());
                claims.add(unit);
                if (claim.whole()) {
                    sentenceUnits.add(unit);
                }
            }
        }
        return new Analysed(sentences, sentenceUnits, claims);
    }

    private RubricMatcher matcher(String questionId) {
        RubricMatcher matcher = matchers.get(questionId);
        if (matcher == null) {
            throw InvalidInput.of(
                    "question",
                    "unknown id '" + questionId + "'; allowed values: " + String.join(", ", matchers.keySet()));
        }
        return matcher;
    }

    private boolean followUp(String questionId) {
        return catalog.question(questionId).isEmpty();
    }

    private int defaultMinutes(String questionId) {
        return catalog.question(questionId).map(q -> q.minutes()).orElse(FOLLOW_UP_MINUTES);
    }
}
