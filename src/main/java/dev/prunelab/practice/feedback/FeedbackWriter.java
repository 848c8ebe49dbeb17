package dev.prunelab.practice.feedback;

import dev.prunelab.content.ContentCatalog;
import dev.prunelab.content.ContentLink;
import dev.prunelab.content.Rubric;
import dev.prunelab.practice.feedback.Feedback.DimensionScore;
import dev.prunelab.practice.feedback.Feedback.Evidence;
import dev.prunelab.practice.feedback.Feedback.FlaggedMisconception;
import dev.prunelab.practice.feedback.Feedback.Length;
import dev.prunelab.practice.feedback.Feedback.MatchedPoint;
import dev.prunelab.practice.feedback.Feedback.MissedPoint;
import dev.prunelab.practice.feedback.Feedback.Notes;
import dev.prunelab.practice.feedback.Feedback.Refutation;
import dev.prunelab.practice.feedback.Feedback.Role;
import dev.prunelab.practice.feedback.Feedback.SentenceNote;
import dev.prunelab.practice.feedback.RubricMatcher.Credit;
import dev.prunelab.practice.feedback.RubricMatcher.Matches;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Writes the feedback on one answer from what the matcher found: scores through the {@link ScoreModel}, then
 * notes in the order a good interviewer gives them — what went well, the claims to correct, the few points that
 * matter most among those missed — with every sentence's role for highlighting it in the answer.
 *
 * <p>Consistency rules: a point with any sentence of evidence is never listed as missed; a point touched but not
 * made (credit between {@link #TOUCHED} and {@link RubricMatcher#MADE}) is listed as partly made, not missed; at
 * most {@link #MISSED_SHOWN} missed points are listed. An answer with almost nothing on topic gets one message
 * saying so instead of a list of everything it missed.
 */
final class FeedbackWriter {

    /** Credit from which a point counts as touched (partly made). */
    static final double TOUCHED = 0.25;
    /** How many missed points are listed, most important first. */
    static final int MISSED_SHOWN = 5;
    /** Below this relevance (and with no point made) the answer is not read as an answer to the question. */
    static final double OFF_TOPIC = 0.3;

    static final String OFF_TOPIC_MESSAGE = "This doesn't read as an answer to the question: almost nothing in it "
            + "is about what was asked. Start from the question's key topics and say what pruning is, how it works, "
            + "when to use it and what can go wrong.";

    private final NextSteps nextSteps;

    FeedbackWriter(ContentCatalog catalog) {
        this.nextSteps = new NextSteps(catalog);
    }

    Feedback write(
            RubricMatcher matcher,
            ScoreModel model,
            AnswerText answer,
            List<AnalysedSentence> sentences,
            Matches matches,
            Length length) {
        Rubric rubric = matcher.rubric();
        WritingChecks.Structure structure = WritingChecks.structure(answer, sentences, matches.topicality());
        Map<String, List<Credit>> byDimension = byDimension(matches);
        Map<Integer, String> sentenceText = answer.sentences().stream()
                .collect(Collectors.toMap(AnswerText.Sentence::index, AnswerText.Sentence::text));
        ScoreModel.Scores scores = model.score(evidence(rubric, matches, structure, length));
        List<DimensionScore> dimensions = new ArrayList<>();
        for (int i = 0; i < rubric.dimensions().size(); i++) {
            Rubric.Dimension dimension = rubric.dimensions().get(i);
            dimensions.add(new DimensionScore(
                    dimension.id(),
                    dimension.name(),
                    round(scores.dimensions().get(i)),
                    evidence(byDimension.getOrDefault(dimension.id(), List.of()), sentenceText)));
        }
        double overall = round(scores.overall());
        List<MatchedPoint> matched = matches.credits().stream()
                .filter(Credit::made)
                .map(c -> new MatchedPoint(
                        c.point().dimension(),
                        c.point().point().id(),
                        c.point().point().text(),
                        round2(c.credit()),
                        c.sentences()))
                .toList();
        boolean offTopic = matched.isEmpty() && matches.topicalShare() < OFF_TOPIC;
        List<MissedPoint> partial = matches.credits().stream()
                .filter(c -> !c.made() && c.credit() >= TOUCHED)
                .sorted(byImportance())
                .map(FeedbackWriter::missed)
                .toList();
        List<MissedPoint> missed = offTopic
                ? List.of()
                : matches.credits().stream()
                        .filter(c -> c.credit() < TOUCHED)
                        .sorted(byImportance())
                        .limit(MISSED_SHOWN)
                        .map(FeedbackWriter::missed)
                        .toList();
        List<Refutation> refutations = matches.refutations().stream()
                .map(r -> new Refutation(
                        r.dimension(), r.id(), r.sentence(), sentenceText.get(r.sentence()), claim(rubric, r.id())))
                .toList();
        Notes notes = new Notes(WritingChecks.structureNotes(structure), depth(matches, sentences), length);
        return new Feedback(
                rubric.questionId(),
                true,
                offTopic ? OFF_TOPIC_MESSAGE : "",
                overall,
                List.copyOf(dimensions),
                matched,
                missed,
                matches.misconceptions(),
                notes,
                nextSteps.choose(matches.misconceptions(), missed, structureAdvice(structure), structureLesson(rubric)),
                Strengths.of(dimensions, matched, refutations, structure, length, offTopic),
                refutations,
                partial,
                sentenceNotes(answer, matches));
    }

    /** What the score model needs from the matches and the writing checks. */
    static ScoreModel.Evidence evidence(
            Rubric rubric, Matches matches, WritingChecks.Structure structure, Length length) {
        Map<String, List<Credit>> byDimension = byDimension(matches);
        List<ScoreModel.DimensionEvidence> dimensions = new ArrayList<>();
        for (Rubric.Dimension dimension : rubric.dimensions()) {
            int flagged = (int) matches.misconceptions().stream()
                    .filter(m -> m.dimension().equals(dimension.id()))
                    .count();
            dimensions.add(new ScoreModel.DimensionEvidence(
                    coverage(byDimension.getOrDefault(dimension.id(), List.of())),
                    dimension.id().equals("communication")
                            ? WritingChecks.structureScore(structure, length)
                            : Double.NaN,
                    flagged));
        }
        return new ScoreModel.Evidence(
                dimensions,
                matches.topicalShare(),
                matches.misconceptions().size(),
                length.words()
                        / (double) WritingChecks.target(length.timeBoxMinutes()).minWords());
    }

    private static Map<String, List<Credit>> byDimension(Matches matches) {
        return matches.credits().stream()
                .collect(Collectors.groupingBy(c -> c.point().dimension(), LinkedHashMap::new, Collectors.toList()));
    }

    private static Comparator<Credit> byImportance() {
        return Comparator.comparingInt((Credit c) -> -c.point().point().weight())
                .thenComparingDouble(c -> -c.credit());
    }

    private static MissedPoint missed(Credit c) {
        return new MissedPoint(
                c.point().dimension(),
                c.point().point().id(),
                c.point().point().text(),
                c.point().point().weight(),
                c.point().point().lesson().href());
    }

    private static double coverage(List<Credit> credits) {
        double total =
                credits.stream().mapToDouble(c -> c.point().point().weight()).sum();
        double earned = credits.stream()
                .mapToDouble(c -> c.point().point().weight() * c.credit())
                .sum();
        return total == 0 ? 0 : earned / total;
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

    private static List<SentenceNote> sentenceNotes(AnswerText answer, Matches matches) {
        List<SentenceNote> notes = new ArrayList<>();
        for (AnswerText.Sentence sentence : answer.sentences()) {
            int index = sentence.index();
            List<String> flagged = matches.misconceptions().stream()
                    .filter(m -> m.sentence() == index)
                    .map(FlaggedMisconception::id)
                    .toList();
            List<String> refuted = matches.refutations().stream()
                    .filter(r -> r.sentence() == index)
                    .map(RubricMatcher.Refutation::id)
                    .toList();
            List<String> credited = matches.credits().stream()
                    .filter(c -> c.made() && c.sentences().contains(index))
                    .map(c -> c.point().point().id())
                    .toList();
            Role role = !flagged.isEmpty()
                    ? Role.FLAGGED
                    : !refuted.isEmpty() ? Role.REFUTES : !credited.isEmpty() ? Role.CREDITED : Role.NEUTRAL;
            List<String> ids = role == Role.FLAGGED ? flagged : role == Role.REFUTES ? refuted : credited;
            notes.add(new SentenceNote(index, sentence.paragraph(), sentence.text(), role, ids));
        }
        return List.copyOf(notes);
    }

    private static String claim(Rubric rubric, String misconceptionId) {
        return rubric.dimensions().stream()
                .flatMap(d -> d.misconceptions().stream())
                .filter(m -> m.id().equals(misconceptionId))
                .map(Rubric.Misconception::claim)
                .findFirst()
                .orElse("");
    }

    private static String depth(Matches matches, List<AnalysedSentence> sentences) {
        List<Credit> made = matches.credits().stream().filter(Credit::made).toList();
        int explained = (int) made.stream()
                .filter(c ->
                        c.sentences().stream().anyMatch(s -> sentences.get(s).explains()))
                .count();
        int listLike = 0;
        for (int i = 0; i < sentences.size(); i++) {
            listLike += matches.topicality()[i] >= Similarity.LOW
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

    static double round(double value) {
        return Math.round(Math.max(0, Math.min(4, value)) * 10) / 10.0;
    }

    private static double round2(double value) {
        return Math.round(value * 100) / 100.0;
    }
}
