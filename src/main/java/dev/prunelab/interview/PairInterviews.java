package dev.prunelab.interview;

import dev.prunelab.content.ContentService;
import dev.prunelab.content.Rubric;
import dev.prunelab.interview.InterviewSession.Mode;
import dev.prunelab.interview.InterviewSession.Status;
import dev.prunelab.web.InvalidInput;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;

/**
 * Pair interviews: the creator interviews a second learner who joins by the session's link. The interviewer asks the
 * follow-ups (suggested from the gaps in the answers), scores each dimension 1–4, keeps private notes and finishes.
 */
@ApplicationScoped
@Transactional
public class PairInterviews {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final int JOIN_TOKEN_BYTES = 24;
    /** The longest follow-up an interviewer may type. */
    public static final int MAX_OWN_QUESTION_CHARS = 500;

    private final InterviewSessions sessions;
    private final InterviewScoring scoring;
    private final ContentService content;

    public PairInterviews(InterviewSessions sessions, InterviewScoring scoring, ContentService content) {
        this.sessions = sessions;
        this.scoring = scoring;
        this.content = content;
    }

    /**
     * Creates a pair session on a question card for the current learner as interviewer; the candidate joins with its
     * link.
     *
     * @param questionId a question card id, or null or blank for the featured card
     * @throws InvalidInput "question: …" when no card has that id, "minutes: …" for a length not offered
     */
    public InterviewSession create(int minutes, String questionId) {
        byte[] bytes = new byte[JOIN_TOKEN_BYTES];
        RANDOM.nextBytes(bytes);
        return sessions.create(
                Mode.PAIR,
                Status.WAITING,
                minutes,
                Base64.getUrlEncoder().withoutPadding().encodeToString(bytes),
                questionId);
    }

    /** A pair session by its join link, if the current learner may still join it (or already takes part). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<InterviewSession> byJoinToken(String token) {
        Optional<Long> me = sessions.currentLearner();
        return InterviewSession.findByJoinToken(token)
                .filter(s -> joinable(s)
                        || me.map(id -> id.equals(s.candidateId) || id.equals(s.learnerId))
                                .orElse(false));
    }

    /**
     * Whether a newcomer may join: only a session still waiting for its first candidate. One that has turns (its
     * candidate left, or it ended) never reopens to someone holding an old link.
     */
    static boolean joinable(InterviewSession session) {
        return session.candidateId == null
                && session.status == Status.WAITING
                && InterviewTurn.forSession(session.id).isEmpty();
    }

    /** Joins a pair session as its candidate (the interviewer opening their own link just gets the session). */
    public Optional<InterviewSession> join(String token) {
        Long me = sessions.requireLearner();
        Optional<InterviewSession> found = InterviewSession.findByJoinToken(token);
        if (found.isEmpty() || me.equals(found.get().learnerId) || me.equals(found.get().candidateId)) {
            return found;
        }
        InterviewSession session = found.get();
        if (!joinable(session)) {
            return Optional.empty();
        }
        session.candidateId = me;
        session.status = Status.ACTIVE;
        sessions.askMainQuestion(session);
        sessions.touch(session);
        return Optional.of(session);
    }

    /** The rubric of a session's main question (for the interviewer). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Rubric rubric(InterviewSession session) {
        return content.catalog().rubric(session.questionId).orElseThrow();
    }

    /** The interviewer asks a follow-up once the current question is answered. */
    public InterviewSession ask(long id, String followUpId) {
        InterviewSession session = sessions.requireActive(id);
        sessions.requireInterviewer(session);
        if (sessions.currentTurn(session).isPresent()) {
            throw InterviewSessions.conflict("The candidate is still answering the current question.");
        }
        FollowUpPlanner.Suggestion chosen = scoring.suggestions(session, sessions.turns(session)).stream()
                .filter(s -> s.followUpId().equals(followUpId))
                .findFirst()
                .orElseThrow(() -> InvalidInput.of(
                        "followUp", "'" + followUpId + "' is not a follow-up of this question that is still to ask"));
        sessions.addTurn(session, chosen.followUpId(), "Asked by the interviewer.", InterviewPlan.FOLLOW_UP_MINUTES);
        sessions.touch(session);
        return session;
    }

    /**
     * The interviewer asks a follow-up of their own, once the current question is answered. The engine has no rubric
     * for it: the answer is kept unscored, for the interviewer to judge.
     *
     * @throws InvalidInput naming the question, when it is blank or longer than {@value #MAX_OWN_QUESTION_CHARS}
     */
    public InterviewSession askOwn(long id, String question) {
        InterviewSession session = sessions.requireActive(id);
        sessions.requireInterviewer(session);
        String text = question == null ? "" : question.strip();
        if (text.isEmpty() || text.length() > MAX_OWN_QUESTION_CHARS) {
            throw InvalidInput.of(
                    "question",
                    text.isEmpty()
                            ? "is empty: type the follow-up you want to ask"
                            : text.length() + " characters; at most " + MAX_OWN_QUESTION_CHARS + " allowed");
        }
        if (sessions.currentTurn(session).isPresent()) {
            throw InterviewSessions.conflict("The candidate is still answering the current question.");
        }
        sessions.addTurn(
                session, session.questionId, text, "The interviewer's own follow-up.", InterviewPlan.FOLLOW_UP_MINUTES);
        sessions.touch(session);
        return session;
    }

    /**
     * The interviewer saves a 1–4 score per dimension and private notes (both may be changed until finished).
     *
     * @throws InvalidInput naming the field, for an unknown dimension, a score outside 1–4 or notes too long
     */
    public InterviewSession score(long id, Map<String, Integer> scores, String notes) {
        InterviewSession session = sessions.require(id);
        sessions.requireInterviewer(session);
        scoring.saveInterviewerScores(session, scores, notes);
        sessions.touch(session);
        return session;
    }
}
