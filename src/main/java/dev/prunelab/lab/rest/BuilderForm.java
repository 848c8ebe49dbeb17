package dev.prunelab.lab.rest;

import dev.prunelab.lab.spec.ExperimentSpec;
import dev.prunelab.lab.spec.Presets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jboss.resteasy.reactive.RestForm;

/**
 * The lab's forms as typed: the builder (every setting, lists as comma-separated text) or a preset's Run button
 * (just {@code preset} and maybe {@code seed}). Values are kept as text so a form with errors shows what was typed.
 */
public class BuilderForm {

    @RestForm
    public String builder;

    @RestForm
    public String preset;

    @RestForm
    public String dataset;

    @RestForm
    public String model;

    @RestForm
    public String hidden;

    @RestForm
    public String criterion;

    @RestForm
    public String splitCriterion;

    @RestForm
    public String granularity;

    @RestForm
    public String scope;

    @RestForm
    public String schedule;

    @RestForm
    public String rounds;

    @RestForm
    public String sparsities;

    @RestForm
    public String epochs;

    @RestForm
    public String fineTuneEpochs;

    @RestForm
    public String rows;

    @RestForm
    public String folds;

    @RestForm
    public String compare;

    @RestForm
    public String seed;

    /**
     * A spec as the builder shows it (the default experiment, or a result's spec to change one setting), with the
     * default experiment's values in the fields the spec does not use.
     */
    public static BuilderForm of(ExperimentSpec given) {
        ExperimentSpec spec = given.over(Presets.CUSTOM); // a tree's spec has no network settings: show the defaults
        BuilderForm form = new BuilderForm();
        form.builder = "1";
        form.preset = spec.preset();
        form.dataset = spec.dataset();
        form.model = spec.model();
        form.hidden = joined(spec.hidden());
        form.criterion = spec.isTree() ? "magnitude" : spec.criterion();
        form.splitCriterion = spec.isTree() ? spec.criterion() : "gini";
        form.granularity = spec.granularity();
        form.scope = spec.scope();
        form.schedule = spec.schedule();
        form.rounds = text(spec.rounds());
        form.sparsities = joined(spec.sparsities());
        form.epochs = text(spec.epochs());
        form.fineTuneEpochs = text(spec.fineTuneEpochs());
        form.rows = text(spec.rows());
        form.folds = text(spec.folds());
        form.compare = spec.compare();
        form.seed = text(spec.seed());
        return form;
    }

    /**
     * The spec the form asks for; text that is not a number is reported in {@code errors}, keyed by field, unless
     * the field does not apply to the chosen model and schedule (the form shows every field; those are ignored).
     */
    public ExperimentSpec toSpec(Map<String, String> errors) {
        Map<String, String> parseErrors = new LinkedHashMap<>();
        ExperimentSpec spec = builder == null
                ? ExperimentSpec.ofPreset(blankToNull(preset))
                        .withSeedOrKeep(whole("seed", seed, parseErrors, Long::parseLong))
                : new ExperimentSpec(
                        blankToNull(preset),
                        dataset,
                        model,
                        list("hidden", hidden, parseErrors, Integer::parseInt),
                        "tree".equals(model) ? splitCriterion : criterion,
                        granularity,
                        scope,
                        schedule,
                        whole("rounds", rounds, parseErrors, Integer::parseInt),
                        list("sparsities", sparsities, parseErrors, Double::parseDouble),
                        whole("epochs", epochs, parseErrors, Integer::parseInt),
                        whole("fineTuneEpochs", fineTuneEpochs, parseErrors, Integer::parseInt),
                        whole("rows", rows, parseErrors, Integer::parseInt),
                        whole("folds", folds, parseErrors, Integer::parseInt),
                        compare,
                        whole("seed", seed, parseErrors, Long::parseLong));
        ExperimentSpec merged = Presets.merge(spec);
        parseErrors.forEach((field, message) -> {
            if (merged.uses(field)) {
                errors.put(field, message);
            }
        });
        return spec;
    }

    /**
     * Rule problems as form messages keyed by form field: {@code sparsities[2]} becomes the sparsities field's
     * "value 3: …", a tree's criterion the split criterion.
     */
    public Map<String, String> formErrors(Map<String, String> ruleErrors) {
        Map<String, String> messages = new LinkedHashMap<>();
        ruleErrors.forEach((field, message) -> {
            int bracket = field.indexOf('[');
            String key = bracket < 0 ? field : field.substring(0, bracket);
            if (key.equals("criterion") && "tree".equals(model)) {
                key = "splitCriterion";
            }
            String text = bracket < 0
                    ? message
                    : "value " + (Integer.parseInt(field.substring(bracket + 1, field.length() - 1)) + 1) + ": "
                            + message;
            messages.merge(key, text, (a, b) -> a + "; " + b);
        });
        return messages;
    }

    public String getBuilder() {
        return builder;
    }

    public String getPreset() {
        return preset;
    }

    public String getDataset() {
        return dataset;
    }

    public String getModel() {
        return model;
    }

    public String getHidden() {
        return hidden;
    }

    public String getCriterion() {
        return criterion;
    }

    public String getSplitCriterion() {
        return splitCriterion;
    }

    public String getGranularity() {
        return granularity;
    }

    public String getScope() {
        return scope;
    }

    public String getSchedule() {
        return schedule;
    }

    public String getRounds() {
        return rounds;
    }

    public String getSparsities() {
        return sparsities;
    }

    public String getEpochs() {
        return epochs;
    }

    public String getFineTuneEpochs() {
        return fineTuneEpochs;
    }

    public String getRows() {
        return rows;
    }

    public String getFolds() {
        return folds;
    }

    public String getCompare() {
        return compare;
    }

    public String getSeed() {
        return seed;
    }

    private static <T> T whole(String field, String text, Map<String, String> errors, Function<String, T> parse) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return parse.apply(text.strip());
        } catch (NumberFormatException e) {
            errors.put(field, "must be a number, got '" + text.strip() + "'");
            return null;
        }
    }

    private static <T> List<T> list(String field, String text, Map<String, String> errors, Function<String, T> parse) {
        if (text == null || text.isBlank()) {
            return null;
        }
        List<T> values = new ArrayList<>();
        for (String part : text.split("[,\\s]+")) {
            if (!part.isBlank()) {
                T value = whole(field, part, errors, parse);
                if (value == null) {
                    errors.put(field, "must be numbers separated by commas, got '" + part + "'");
                    return null;
                }
                values.add(value);
            }
        }
        return values;
    }

    private static String joined(List<? extends Number> values) {
        return values == null ? "" : values.stream().map(String::valueOf).collect(Collectors.joining(", "));
    }

    private static String text(Number value) {
        return value == null ? "" : String.valueOf(value);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }
}
