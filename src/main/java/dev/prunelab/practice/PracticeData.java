package dev.prunelab.practice;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.prunelab.account.LearnerData;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.LinkedHashMap;
import java.util.Map;

/** Practice attempts and drafts in a data export, and moved when a guest signs up or signs in. */
@ApplicationScoped
@Transactional
public class PracticeData implements LearnerData {

    private final ObjectMapper json;

    public PracticeData(ObjectMapper json) {
        this.json = json;
    }

    @Override
    public String exportName() {
        return "practice";
    }

    @Override
    public void move(long from, long to) {
        Attempt.update("learnerId = ?1 where learnerId = ?2", to, from);
        // A question both have a draft for: keep the more recently saved one.
        for (Draft guest : Draft.forLearner(from)) {
            Draft.find(to, guest.questionId)
                    .ifPresentOrElse(
                            account -> {
                                if (guest.updatedAt.isAfter(account.updatedAt)) {
                                    account.answer = guest.answer;
                                    account.timeBoxMinutes = guest.timeBoxMinutes;
                                    account.elapsedSeconds = guest.elapsedSeconds;
                                    account.updatedAt = guest.updatedAt;
                                }
                                guest.delete();
                            },
                            () -> guest.learnerId = to);
        }
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public Object export(long learner) {
        Map<String, Object> export = new LinkedHashMap<>();
        export.put(
                "attempts",
                Attempt.forLearner(learner).stream()
                        .map(a -> {
                            Map<String, Object> row = new LinkedHashMap<>();
                            row.put("id", a.id);
                            row.put("question", a.questionId);
                            row.put("answer", a.answer);
                            row.put("timeBoxMinutes", a.timeBoxMinutes);
                            row.put("elapsedSeconds", a.elapsedSeconds);
                            row.put("overall", a.overall);
                            row.put("feedback", tree(a.feedbackJson));
                            row.put("llmNotes", a.llmNotes);
                            row.put("at", a.createdAt.toString());
                            return row;
                        })
                        .toList());
        export.put(
                "drafts",
                Draft.forLearner(learner).stream()
                        .map(d -> {
                            Map<String, Object> row = new LinkedHashMap<>();
                            row.put("question", d.questionId);
                            row.put("answer", d.answer);
                            row.put("timeBoxMinutes", d.timeBoxMinutes);
                            row.put("elapsedSeconds", d.elapsedSeconds);
                            row.put("savedAt", d.updatedAt.toString());
                            return row;
                        })
                        .toList());
        return export;
    }

    private JsonNode tree(String text) {
        try {
            return json.readTree(text);
        } catch (JsonProcessingException e) {
            return json.getNodeFactory().textNode(text);
        }
    }
}
