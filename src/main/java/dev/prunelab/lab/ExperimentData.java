package dev.prunelab.lab;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.prunelab.account.LearnerData;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.LinkedHashMap;
import java.util.Map;

/** Experiments in a data export, and moved into the account when a guest signs up or signs in. */
@ApplicationScoped
@Transactional
public class ExperimentData implements LearnerData {

    private final ObjectMapper json;

    public ExperimentData(ObjectMapper json) {
        this.json = json;
    }

    @Override
    public String exportName() {
        return "experiments";
    }

    @Override
    public void move(long from, long to) {
        Experiment.update("learnerId = ?1 where learnerId = ?2", to, from);
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public Object export(long learner) {
        return Experiment.forLearner(learner, Integer.MAX_VALUE).stream()
                .map(e -> {
                    Map<String, Object> row = new LinkedHashMap<>();
                    row.put("id", e.id);
                    row.put("title", e.title);
                    row.put("preset", e.preset);
                    row.put("status", e.status.label());
                    row.put("spec", tree(e.spec));
                    row.put("result", tree(e.result));
                    row.put("createdAt", e.createdAt.toString());
                    row.put("finishedAt", e.finishedAt == null ? null : e.finishedAt.toString());
                    return row;
                })
                .toList();
    }

    private Object tree(String text) {
        try {
            return text == null ? null : json.readTree(text);
        } catch (JsonProcessingException e) {
            return text;
        }
    }
}
