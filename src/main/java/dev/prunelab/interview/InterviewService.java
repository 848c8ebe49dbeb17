package dev.prunelab.interview;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.prunelab.account.CurrentLearner;
import dev.prunelab.content.ContentCatalog;
import dev.prunelab.content.ContentService;
import dev.prunelab.content.QuestionCard;
import dev.prunelab.content.Rubric;
import dev.prunelab.interview.InterviewSession.Mode;
import dev.prunelab.interview.InterviewSession.Status;
import dev.prunelab.practice.AttemptService;
import dev.prunelab.practice.Dimensions;
import dev.prunelab.practice.FeedbackService;
import dev.prunelab.practice.feedback.Feedback;
import dev.prunelab.practice.feedback.FeedbackEngine;
import dev.prunelab.progress.ProgressEvent;
import dev.prunelab.progress.ProgressService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.ClientErrorException;
import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.core.Response;
import java.io.UncheckedIOException;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Runs mock interviews. Every change commits before the caller responds and then notifies live views
 * ({@link InterviewEvents}). Only the two participants of a session can read or change it; each action also checks
 * the participant's role (the candidate answers and takes hints; in a pair the interviewer asks follow-ups, scores
 * and finishes).
 *
 * @see FollowUpPlanner how solo interviews choose follow-ups from the gaps in the main answer
 */
@ApplicationScoped
@Transactional
public class InterviewService {

    /** Points taken off an answer's score for each hint. */
    public static final double HINT_COST = 0.25;

    public static final int MAX_HINTS = 3;
    private static final SecureRandom RANDOM = new SecureRandom();

    /** How the current learner takes part in a session. */
    public enum Role {
        SOLO,
        INTERVIEWER,
        CANDIDATE
    }

    private final ContentService content;
    private final FeedbackService feedback;
    private final AttemptService attempts;
    private final ProgressService progress;
    private final CurrentLearner learner;
    private final ObjectMapper json;
    private final Event<InterviewChanged> changed;

    public InterviewService(
            ContentService content,
            FeedbackService feedback,
            AttemptService attempts,
            ProgressService progress,
            CurrentLearner learner,
            ObjectMapper json,
            Event<InterviewChanged> changed) {
        this.content = content;
        this.feedback = feedback;
        this.attempts = attempts;
        this.progress = progress;
        this.learner = learner;
        this.json = json;
        this.changed = changed;
    }

    /** Starts a solo interview on the featured question: the main question is asked at once. */
    public InterviewSession startSolo(int minutes) {
        return startSolo(minutes, null);
    }

    /**
     * Starts a solo interview on a question card: the main question is asked at once.
     *
     * @param questionId a question card id, or null or blank for the featured card
     * @throws IllegalArgumentException "question: …" when no card has that id
     */
    public InterviewSession startSolo(int minutes, String questionId) {
        InterviewSession session = create(Mode.SOLO, Status.ACTIVE, minutes, null, questionId);
        addTurn(
                session,
                session.questionId,
                "The main question.",
                InterviewPlan.of(minutes).mainMinutes());
        return session;
    }

    /** Creates a pair session on the featured question for the current learner as interviewer. */
    public InterviewSession createPair(int minutes) {
        return createPair(minutes, null);
    }

    /**
     * Creates a pair session on a question card for the current learner as interviewer; the candidate joins with its
     * link.
     *
     * @param questionId a question card id, or null or blank for the featured card
     * @throws IllegalArgumentException "question: …" when no card has that id
     */
    public InterviewSession createPair(int minutes, String questionId) {
        byte[] bytes = new byte[24];
        RANDOM.nextBytes(bytes);
        return create(
                Mode.PAIR,
                Status.WAITING,
                minutes,
                Base64.getUrlEncoder().withoutPadding().encodeToString(bytes),
                questionId);
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
        return catalog.question(questionId.strip())
                .orElseThrow(() -> new IllegalArgumentException("question: there is no question card '"
                        + abbreviate(questionId.strip()) + "'; choose one of "
                        + catalog.questions().stream().map(QuestionCard::id).toList()));
    }

    private static String abbreviate(String text) {
        return text.length() <= 60 ? text : text.substring(0, 60) + "…";
    }

    private InterviewSession create(Mode mode, Status status, int minutes, String joinToken, String questionId) {
        InterviewPlan.of(minutes);
        QuestionCard card = card(questionId);
        InterviewSession session = new InterviewSession();
        session.learnerId = learner.require().id;
        session.mode = mode;
        session.status = status;
        session.joinToken = joinToken;
        session.questionId = card.id();
        session.minutes = minutes;
        session.createdAt = session.updatedAt = Instant.now();
        session.persist();
        return session;
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

    /** A pair session by its join link, if the current learner may still join it (or already takes part). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<InterviewSession> byJoinToken(String token) {
        Optional<Long> me = learner.findId();
        return InterviewSession.findByJoinToken(token)
                .filter(s -> s.candidateId == null
                        || me.map(id -> id.equals(s.candidateId) || id.equals(s.learnerId))
                                .orElse(false));
    }

    /** Joins a pair session as its candidate (the interviewer opening their own link just gets the session). */
    public Optional<InterviewSession> join(String token) {
        Long me = learner.require().id;
        Optional<InterviewSession> found = InterviewSession.findByJoinToken(token);
        if (found.isEmpty() || me.equals(found.get().learnerId) || me.equals(found.get().candidateId)) {
            return found;
        }
        InterviewSession session = found.get();
        if (session.candidateId != null) {
            return Optional.empty();
        }
        session.candidateId = me;
        session.status = Status.ACTIVE;
        addTurn(
                session,
                session.questionId,
                "The main question.",
                InterviewPlan.of(session.minutes).mainMinutes());
        touch(session);
        return Optional.of(session);
    }

    /** The rubric of a session's main question (for the interviewer). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Rubric rubric(InterviewSession session) {
        return content.catalog().rubric(session.questionId).orElseThrow();
    }

    /** The session as the current learner sees it in their role. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public InterviewView view(InterviewSession session) {
        return InterviewView.of(this, content.catalog(), session, role(session));
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

    /**
     * The candidate answers the current question. The answer is graded and recorded in the candidate's progress;
     * in a solo interview the next follow-up is chosen from the gaps, or the interview finishes after the last.
     *
     * @throws IllegalArgumentException "answer: …" for an answer over 20,000 characters
     */
    public InterviewSession answer(long id, String answer) {
        InterviewSession session = requireActive(id);
        requireCandidate(session);
        InterviewTurn turn = currentTurn(session)
                .orElseThrow(() -> conflict("There is no open question: wait for the interviewer's next one."));
        String text = answer == null ? "" : answer.strip();
        Feedback result = feedback.evaluate(turn.questionId, text, turn.timeBoxMinutes);
        turn.answer = text;
        turn.answeredAt = Instant.now();
        turn.feedbackJson = attempts.write(result);
        turn.score = result.scored()
                ? Math.max(0, Math.round((result.overall() - HINT_COST * turn.hints) * 10) / 10.0)
                : 0.0;
        if (result.scored()) {
            progress.recordFor(
                    session.answeringLearner(),
                    ProgressEvent.Kind.PRACTICE_ATTEMPT,
                    turn.questionId,
                    null,
                    turn.score,
                    attempts.progressDetail(result));
        }
        if (session.mode == Mode.SOLO) {
            List<InterviewTurn> turns = turns(session);
            Optional<FollowUpPlanner.Suggestion> next =
                    turns.size() > InterviewPlan.of(session.minutes).followUps()
                            ? Optional.empty()
                            : suggestions(session, turns).stream().findFirst();
            next.ifPresentOrElse(
                    s -> addTurn(session, s.followUpId(), s.reason(), InterviewPlan.FOLLOW_UP_MINUTES),
                    () -> complete(session, turns));
        }
        touch(session);
        return session;
    }

    /** The hints taken so far for the current question; {@link #hint} adds one. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<String> hints(InterviewTurn turn) {
        List<String> all = content.catalog().rubric(turn.questionId).stream()
                .flatMap(r ->
                        r.dimensions().stream().flatMap(d -> d.points().stream().map(p -> Map.entry(d, p))))
                .sorted((a, b) -> b.getValue().weight() - a.getValue().weight())
                .map(e -> "Think about " + Dimensions.label(e.getKey().id()).toLowerCase(Locale.ROOT) + ": "
                        + (e.getValue().paraphrases().isEmpty()
                                ? FollowUpPlanner.shorten(e.getValue().text())
                                : e.getValue().paraphrases().get(0))
                        + ".")
                .limit(MAX_HINTS)
                .toList();
        return all.subList(0, Math.min(turn.hints, all.size()));
    }

    /** The candidate takes a hint on the current question; each costs {@value #HINT_COST} points of its score. */
    public String hint(long id) {
        InterviewSession session = requireActive(id);
        requireCandidate(session);
        InterviewTurn turn =
                currentTurn(session).orElseThrow(() -> conflict("There is no open question to take a hint on."));
        if (turn.hints >= MAX_HINTS) {
            throw conflict("All " + MAX_HINTS + " hints for this question are taken.");
        }
        turn.hints++;
        touch(session);
        List<String> hints = hints(turn);
        return hints.get(hints.size() - 1);
    }

    /** Follow-ups not yet asked, biggest gap in the main answer first. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<FollowUpPlanner.Suggestion> suggestions(InterviewSession session, List<InterviewTurn> turns) {
        QuestionCard card = content.catalog().question(session.questionId).orElseThrow();
        Set<String> asked = turns.stream().map(t -> t.questionId).collect(Collectors.toSet());
        Optional<Feedback> main =
                turns.stream().filter(t -> t.position == 0).findFirst().flatMap(this::feedback);
        return FollowUpPlanner.rank(content.catalog(), card, main, asked);
    }

    /** In a pair, the interviewer asks a follow-up once the current question is answered. */
    public InterviewSession ask(long id, String followUpId) {
        InterviewSession session = requireActive(id);
        requireInterviewer(session);
        if (currentTurn(session).isPresent()) {
            throw conflict("The candidate is still answering the current question.");
        }
        FollowUpPlanner.Suggestion chosen = suggestions(session, turns(session)).stream()
                .filter(s -> s.followUpId().equals(followUpId))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException(
                        "followUp: '" + followUpId + "' is not a follow-up of this question that is still to ask"));
        addTurn(session, chosen.followUpId(), "Asked by the interviewer.", InterviewPlan.FOLLOW_UP_MINUTES);
        touch(session);
        return session;
    }

    /**
     * In a pair, the interviewer saves a 1–4 score per dimension and private notes (both may be changed until finished).
     *
     * @throws IllegalArgumentException naming the field, for an unknown dimension, a score outside 1–4 or notes too long
     */
    public InterviewSession score(long id, Map<String, Integer> scores, String notes) {
        InterviewSession session =
                find(id).orElseThrow(() -> new NotFoundException("There is no interview " + id + "."));
        requireInterviewer(session);
        Map<String, Integer> checked = new LinkedHashMap<>();
        scores.forEach((dimension, score) -> {
            if (!Dimensions.LABELS.containsKey(dimension)) {
                throw new IllegalArgumentException("scores." + dimension + ": unknown dimension; allowed: "
                        + String.join(", ", Dimensions.LABELS.keySet()));
            }
            if (score != null && (score < 1 || score > 4)) {
                throw new IllegalArgumentException("scores." + dimension + ": " + score + "; allowed values: 1 to 4");
            }
            if (score != null) {
                checked.put(dimension, score);
            }
        });
        if (notes != null && notes.length() > FeedbackEngine.MAX_ANSWER_CHARS) {
            throw new IllegalArgumentException("notes: " + notes.length() + " characters; at most "
                    + FeedbackEngine.MAX_ANSWER_CHARS + " allowed");
        }
        session.interviewerScores = attempts.write(checked);
        session.privateNotes = notes;
        touch(session);
        return session;
    }

    /** Ends the interview (the solo candidate or the pair's interviewer) and records it in the candidate's progress. */
    public InterviewSession finish(long id) {
        InterviewSession session =
                find(id).orElseThrow(() -> new NotFoundException("There is no interview " + id + "."));
        if (session.mode == Mode.PAIR) {
            requireInterviewer(session);
        }
        if (session.status != Status.FINISHED) {
            complete(session, turns(session));
            touch(session);
        }
        return session;
    }

    private void complete(InterviewSession session, List<InterviewTurn> turns) {
        InterviewReport.Scores scores = InterviewReport.scores(
                turns.stream().map(t -> Map.entry(t, feedback(t))).toList(), interviewerScores(session));
        session.status = Status.FINISHED;
        session.finishedAt = Instant.now();
        session.overall = scores.overall();
        if (session.answeringLearner() != null && turns.stream().anyMatch(InterviewTurn::answered)) {
            Map<String, Object> detail = new LinkedHashMap<>();
            detail.put("session", session.id);
            detail.put("minutes", session.minutes);
            detail.put("dimensions", scores.dimensions());
            progress.recordFor(
                    session.answeringLearner(),
                    ProgressEvent.Kind.INTERVIEW,
                    session.mode.name().toLowerCase(),
                    null,
                    scores.overall(),
                    attempts.write(detail));
        }
    }

    /** The engine's feedback on a turn's answer, once answered. */
    public Optional<Feedback> feedback(InterviewTurn turn) {
        return Optional.ofNullable(turn.feedbackJson).map(text -> read(text, new TypeReference<Feedback>() {}));
    }

    /** The interviewer's scores per dimension (empty when none are given). */
    public Map<String, Integer> interviewerScores(InterviewSession session) {
        return session.interviewerScores == null
                ? Map.of()
                : read(session.interviewerScores, new TypeReference<Map<String, Integer>>() {});
    }

    private void addTurn(InterviewSession session, String questionId, String reason, int timeBox) {
        InterviewTurn turn = new InterviewTurn();
        turn.sessionId = session.id;
        turn.position = (int) InterviewTurn.count("sessionId", session.id);
        turn.questionId = questionId;
        turn.reason = reason.length() > 500 ? reason.substring(0, 499) + "…" : reason;
        turn.timeBoxMinutes = timeBox;
        turn.askedAt = Instant.now();
        turn.persist();
        turn.flush();
    }

    private InterviewSession requireActive(long id) {
        InterviewSession session =
                find(id).orElseThrow(() -> new NotFoundException("There is no interview " + id + "."));
        if (session.status != Status.ACTIVE) {
            throw conflict(
                    session.status == Status.WAITING
                            ? "The candidate has not joined yet."
                            : "This interview is finished.");
        }
        return session;
    }

    private void requireCandidate(InterviewSession session) {
        if (role(session) == Role.INTERVIEWER) {
            throw new ForbiddenException("Only the candidate answers and takes hints.");
        }
    }

    private void requireInterviewer(InterviewSession session) {
        if (role(session) != Role.INTERVIEWER) {
            throw new ForbiddenException("Only the interviewer of a pair session can do this.");
        }
    }

    /** A request that does not fit the session's current state (409). */
    private static ClientErrorException conflict(String message) {
        return new ClientErrorException(message, Response.Status.CONFLICT);
    }

    private void touch(InterviewSession session) {
        session.updatedAt = Instant.now();
        changed.fire(new InterviewChanged(session.id));
    }

    private <T> T read(String text, TypeReference<T> type) {
        try {
            return json.readValue(text, type);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
