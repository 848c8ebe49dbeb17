package dev.prunelab.practice;

import dev.prunelab.PruneLabConfig;
import dev.prunelab.content.ContentCatalog;
import dev.prunelab.content.ContentService;
import dev.prunelab.content.QuestionCard;
import dev.prunelab.content.Rubric;
import dev.prunelab.practice.feedback.EncoderMeaning;
import dev.prunelab.practice.feedback.Feedback;
import dev.prunelab.practice.feedback.FeedbackEngine;
import dev.prunelab.practice.feedback.LlmConfig;
import dev.prunelab.practice.feedback.LlmFeedbackClient;
import dev.prunelab.web.InvalidInput;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The practice questions and their feedback: the deterministic {@link FeedbackEngine} (rebuilt when the curriculum
 * is reloaded) and, when configured, the external LLM's notes. Stores nothing; thread-safe.
 */
@ApplicationScoped
public class FeedbackService {

    private final ContentService content;
    private final LlmFeedbackClient llm;
    private final boolean llmEnabled;
    private volatile Built built;

    /** An engine with the catalog it was built from and that catalog's practice questions. */
    private record Built(ContentCatalog catalog, FeedbackEngine engine, List<PracticeQuestion> questions) {}

    public FeedbackService(ContentService content, PruneLabConfig config) {
        this.content = content;
        PruneLabConfig.Llm llmConfig = config.practice().llm();
        this.llmEnabled = llmConfig.baseUrl().isPresent();
        this.llm = new LlmFeedbackClient(
                llmEnabled
                        ? new LlmConfig(
                                true,
                                llmConfig.baseUrl().get(),
                                llmConfig.model(),
                                llmConfig.apiKey().orElse(""),
                                llmConfig.timeout())
                        : LlmConfig.off());
    }

    /** Every question with a rubric: each card's main question, then its follow-ups in card order. */
    public List<PracticeQuestion> questions() {
        return current().questions;
    }

    public Optional<PracticeQuestion> question(String id) {
        return questions().stream().filter(q -> q.id().equals(id)).findFirst();
    }

    /** The title of every question card with practice questions, by card id, in card order. */
    public Map<String, String> cardTitles() {
        Built b = current();
        Map<String, String> titles = new LinkedHashMap<>();
        for (PracticeQuestion q : b.questions()) {
            titles.computeIfAbsent(
                    q.cardId(),
                    id -> b.catalog().question(id).map(QuestionCard::title).orElse(id));
        }
        return titles;
    }

    /**
     * Grades an answer.
     *
     * @param timeBoxMinutes the time box to judge the length against, or null for the question's own
     * @throws InvalidInput naming the field (question, answer, timeBoxMinutes) and the allowed values
     */
    public Feedback evaluate(String questionId, String answer, Integer timeBoxMinutes) {
        return current()
                .engine
                .evaluate(
                        questionId,
                        answer,
                        timeBoxMinutes == null ? OptionalInt.empty() : OptionalInt.of(timeBoxMinutes));
    }

    /** The rubric dimensions a question is graded on, in rubric order; empty for an unknown question. */
    public List<Rubric.Dimension> dimensions(String questionId) {
        return current().engine.rubric(questionId).map(Rubric::dimensions).orElse(List.of());
    }

    /** The external LLM's notes on an answer; empty when it is off, fails or times out. */
    public Optional<String> llmNotes(String questionId, String answer) {
        if (!llmEnabled) {
            return Optional.empty();
        }
        return llm.notes(question(questionId).map(PracticeQuestion::prompt).orElse(questionId), answer);
    }

    public boolean llmEnabled() {
        return llmEnabled;
    }

    private Built current() {
        ContentCatalog catalog = content.catalog();
        Built b = built;
        if (b == null || b.catalog != catalog) {
            synchronized (this) {
                b = built;
                if (b == null || b.catalog != catalog) {
                    // The encoder is read here, on the first answer or practice page, never at start-up.
                    FeedbackEngine engine = new FeedbackEngine(catalog, EncoderMeaning.load());
                    b = new Built(catalog, engine, questions(catalog, engine.questionIds()));
                    built = b;
                }
            }
        }
        return b;
    }

    private static List<PracticeQuestion> questions(ContentCatalog catalog, List<String> graded) {
        List<PracticeQuestion> questions = new ArrayList<>();
        for (QuestionCard card : catalog.questions()) {
            if (graded.contains(card.id())) {
                questions.add(new PracticeQuestion(
                        card.id(), card.prompt(), card.id(), false, "all", card.minutes(), card.href() + "#sample"));
            }
            for (QuestionCard.FollowUp f : card.followUps()) {
                if (graded.contains(f.id())) {
                    questions.add(new PracticeQuestion(
                            f.id(),
                            f.question(),
                            card.id(),
                            true,
                            f.dimension(),
                            FeedbackEngine.FOLLOW_UP_MINUTES,
                            f.answer().href()));
                }
            }
        }
        return List.copyOf(questions);
    }
}
