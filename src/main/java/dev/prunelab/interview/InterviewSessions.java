package dev.prunelab.interview;

import dev.prunelab.PruneLabConfig;
import dev.prunelab.account.CurrentLearner;
import dev.prunelab.account.RowQuota;
import dev.prunelab.content.ContentCatalog;
import dev.prunelab.content.ContentService;
import dev.prunelab.content.QuestionCard;
import dev.prunelab.interview.InterviewSession.Mode;
import dev.prunelab.interview.InterviewSession.Status;
import dev.prunelab.web.InvalidInput;
import dev.prunelab.web.Rejected;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The sessions and turns both kinds of interview share: creating a session, finding the current learner's, asking a
 * question, the checks of who may do what, and telling live views about each change ({@link InterviewEvents}). Only
 * the two participants of a session can read or change it.
 */
@ApplicationScoped
@Transactional
public class InterviewSessions {

    /** How the current learner takes part in a session. */
    public enum Role {
        SOLO,
        INTERVIEWER,
        CANDIDATE
    }

    /** Why the main question is asked, as the transcript shows it. */
    static final String MAIN_QUESTION = "The main question.";

    private static final int MAX_REASON_CHARS = 500;

    /** How much of an unknown card id an error message repeats. */
    private static final int MAX_ECHO_CHARS = 60;

    private final ContentService content;
    private final CurrentLearner learner;
    private final Event<InterviewChanged> changed;

    private final int maxInterviews;

    public InterviewSessions(
            ContentService content, CurrentLearner learner, Event<InterviewChanged> changed, PruneLabConfig config) {
        this.content = content;
        this.learner = learner;
        this.changed = changed;
        this.maxInterviews = config.limits().interviews();
    }

    /**
     * A new session on a question card, created by the current learner.
     *
     * @param questionId a question card id, or null or blank for the featured card
     * @throws InvalidInput "question: …" when no card has that id
     */
    InterviewSession create(Mode mode, Status status, int minutes, String joinToken, String questionId) {
        InterviewPlan.of(minutes);
        QuestionCard card = card(questionId);
        InterviewSession session = new InterviewSession();
        session.learnerId = requireLearner();
        RowQuota.check(
                "interview sessions",
                InterviewSession.count("learnerId", session.learnerId),
                1,
                maxInterviews,
                "prunelab.limits.interviews");
        session.mode = mode;
        session.status = status;
        session.joinToken = joinToken;
        session.questionId = card.id();
        session.minutes = minutes;
        session.createdAt = session.updatedAt = Instant.now();
        session.persist();
        return session;
    }

    /** The question cards an interview can be on, the featured one first. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<QuestionCard> questions() {
        ContentCatalog catalog = content.catalog();
        String featured = catalog.featuredQuestion().map(QuestionCard::id).orElse("");
        return catalog.questions().stream()
                .sorted(Comparator.comparing((QuestionCard c) -> !c.id().equals(featured)))
                .toList();
    }

    /** The card an interview asks: the named one, or the featured card when none is named. */
    private QuestionCard card(String questionId) {
        ContentCatalog catalog = content.catalog();
        if (questionId == null || questionId.isBlank()) {
            return catalog.featuredQuestion().orElseThrow(() -> new IllegalStateException("no question card"));
        }
        String id = questionId.strip();
        return catalog.question(id)
                .orElseThrow(() -> InvalidInput.of(
                        "question",
                        "there is no question card '" + abbreviate(id) + "'; choose one of "
                                + catalog.questions().stream()
                                        .map(QuestionCard::id)
                                        .toList()));
    }

    private static String abbreviate(String text) {
        return text.length() <= MAX_ECHO_CHARS ? text : text.substring(0, MAX_ECHO_CHARS) + "…";
    }

    /** A session the current learner takes part in. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<InterviewSession> find(long id) {
        return learner.findId().flatMap(me -> InterviewSession.findVisible(id, me));
    }

    /** The current learner's sessions, newest first. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<InterviewSession> mine() {
        return learner.findId().map(InterviewSession::forLearner).orElse(List.of());
    }

    /** The current learner's id, if they have a learner yet. */
    Optional<Long> currentLearner() {
        return learner.findId();
    }

    /** The current learner's id, made a guest learner if they have none yet. */
    Long requireLearner() {
        return learner.require().id;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Role role(InterviewSession session) {
        if (session.mode == Mode.SOLO) {
            return Role.SOLO;
        }
        return learner.findId().filter(id -> id.equals(session.learnerId)).isPresent()
                ? Role.INTERVIEWER
                : Role.CANDIDATE;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<InterviewTurn> turns(InterviewSession session) {
        return InterviewTurn.forSession(session.id);
    }

    /** The question being answered now, if any. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<InterviewTurn> currentTurn(InterviewSession session) {
        return turns(session).stream().filter(t -> !t.answered()).findFirst();
    }

    /** Asks the main question, in the main question's time box for the session's length. */
    void askMainQuestion(InterviewSession session) {
        addTurn(
                session,
                session.questionId,
                MAIN_QUESTION,
                InterviewPlan.of(session.minutes).mainMinutes());
    }

    /** Asks a question: the next turn of the session. */
    void addTurn(InterviewSession session, String questionId, String reason, int timeBox) {
        addTurn(session, questionId, null, reason, timeBox);
    }

    /** Asks a question, in the interviewer's own words when {@code questionText} is not null. */
    void addTurn(InterviewSession session, String questionId, String questionText, String reason, int timeBox) {
        InterviewTurn turn = new InterviewTurn();
        turn.questionText = questionText;
        turn.sessionId = session.id;
        turn.position = (int) InterviewTurn.count("sessionId", session.id);
        turn.questionId = questionId;
        turn.reason = reason.length() > MAX_REASON_CHARS ? reason.substring(0, MAX_REASON_CHARS - 1) + "…" : reason;
        turn.timeBoxMinutes = timeBox;
        turn.askedAt = Instant.now();
        turn.persist();
        turn.flush();
    }

    /** A session of the current learner, or 404. */
    InterviewSession require(long id) {
        return find(id).orElseThrow(() -> Rejected.notFound("There is no interview " + id + "."));
    }

    /** A session of the current learner that is under way, or 404/409. */
    InterviewSession requireActive(long id) {
        InterviewSession session = require(id);
        if (session.status != Status.ACTIVE) {
            throw conflict(
                    session.status == Status.WAITING
                            ? "The candidate has not joined yet."
                            : "This interview is finished.");
        }
        return session;
    }

    void requireCandidate(InterviewSession session) {
        if (role(session) == Role.INTERVIEWER) {
            throw Rejected.notAllowed("Only the candidate answers and takes hints.");
        }
    }

    void requireInterviewer(InterviewSession session) {
        if (role(session) != Role.INTERVIEWER) {
            throw Rejected.notAllowed("Only the interviewer of a pair session can do this.");
        }
    }

    /** A request that does not fit the session's current state (409). */
    static Rejected conflict(String message) {
        return Rejected.conflict(message);
    }

    /** Marks the session changed: its time, and live views told once the change commits. */
    void touch(InterviewSession session) {
        session.updatedAt = Instant.now();
        changed.fire(new InterviewChanged(session.id));
    }
}
