package dev.prunelab.lab;

import dev.prunelab.account.LearnerData;
import dev.prunelab.web.Json;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;

/** Experiments in a data export, and moved into the account when a guest signs up or signs in. */
@ApplicationScoped
@Transactional
public class ExperimentData implements LearnerData {

    private final Json json;

    public ExperimentData(Json json) {
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

    /** One experiment in a data export, its spec and result as JSON. */
    public record ExperimentRow(
            Long id,
            String title,
            String preset,
            String status,
            Object spec,
            Object result,
            String createdAt,
            String finishedAt) {}

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<ExperimentRow> export(long learner) {
        return Experiment.forLearner(learner, Integer.MAX_VALUE).stream()
                .map(e -> new ExperimentRow(
                        e.id,
                        e.title,
                        e.preset,
                        e.status.label(),
                        json.stored(e.spec),
                        json.stored(e.result),
                        e.createdAt.toString(),
                        e.finishedAt == null ? null : e.finishedAt.toString()))
                .toList();
    }
}
