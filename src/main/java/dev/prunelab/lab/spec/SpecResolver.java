package dev.prunelab.lab.spec;

import dev.prunelab.engine.data.DataSet;
import dev.prunelab.web.FieldError;
import dev.prunelab.web.InvalidInput;
import java.util.List;
import java.util.Optional;

/**
 * The one way from a request to an experiment that may run: merge the preset once, check once ({@link SpecRules}),
 * and either name every bad field or return the typed {@link ExperimentSpec}.
 *
 * <pre>{@code
 * ExperimentSpec spec = SpecResolver.resolve(new ExperimentRequest(...), presets, budget).orThrow();
 * }</pre>
 */
public final class SpecResolver {

    private SpecResolver() {}

    /**
     * What came of a request.
     *
     * @param merged the request over its preset and the default experiment, as the builder shows it
     * @param spec   the experiment, when there are no errors
     * @param errors each bad field and what is allowed; empty when the spec may run
     */
    public record Resolution(ExperimentRequest merged, Optional<ExperimentSpec> spec, List<FieldError> errors) {

        /** @throws InvalidInput naming every bad field */
        public ExperimentSpec orThrow() {
            return spec.orElseThrow(() -> new InvalidInput(errors));
        }

        /** Whether the merged request's model and schedule use the field (named as in JSON); others are ignored. */
        public boolean uses(String field) {
            return SpecRules.uses(merged, field);
        }
    }

    /** Merges the request with its preset and the default experiment, and checks the result within the budget. */
    public static Resolution resolve(ExperimentRequest request, Presets presets, SpecRules.Budget budget) {
        ExperimentRequest merged = merge(request, presets);
        return SpecRules.check(merged, presets, budget);
    }

    /**
     * A request's fields over its preset's (or over the default custom experiment), and the default experiment's for
     * whatever is still missing (a tree preset has no network settings). A request that changes the data set but not
     * the rows gets that data set's usual size; one that changes the kind of model but not the criterion gets that
     * kind's first criterion (magnitude or gini), since trees and networks have different ones.
     */
    static ExperimentRequest merge(ExperimentRequest request, Presets presets) {
        ExperimentRequest base =
                Optional.ofNullable(request.preset()).flatMap(presets::request).orElse(Presets.CUSTOM);
        ExperimentRequest merged = request.over(base).over(Presets.CUSTOM);
        Integer rows = request.dataset() != null
                        && request.rows() == null
                        && !request.dataset().equals(base.dataset())
                ? DataSet.byId(request.dataset()).map(DataSet::usualRows).orElse(null)
                : null;
        boolean tree = Choice.parse(Model.class, merged.model()).orElse(null) == Model.TREE;
        boolean treeCriterion =
                Choice.parse(SplitCriterion.class, merged.criterion()).isPresent();
        String criterion = request.criterion() == null && tree != treeCriterion
                ? (tree ? SplitCriterion.GINI.id() : PruneCriterion.MAGNITUDE.id())
                : null;
        return new ExperimentRequest(
                        null, null, null, null, criterion, null, null, null, null, null, null, null, rows, null, null,
                        null)
                .over(merged);
    }
}
