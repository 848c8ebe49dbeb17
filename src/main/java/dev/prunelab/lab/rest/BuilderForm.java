package dev.prunelab.lab.rest;

import dev.prunelab.lab.spec.Choice;
import dev.prunelab.lab.spec.ExperimentRequest;
import dev.prunelab.lab.spec.Model;
import dev.prunelab.lab.spec.Presets;
import dev.prunelab.lab.spec.SplitCriterion;
import dev.prunelab.web.FieldError;
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
     * A request as the builder shows it (the default experiment, a preset's, or a result's to change one setting),
     * with the default experiment's values in the fields the request does not set.
     */
    public static BuilderForm of(ExperimentRequest given) {
        ExperimentRequest spec = given.over(Presets.CUSTOM); // a tree's spec has no network settings: show the defaults
        BuilderForm form = new BuilderForm();
        form.builder = "1";
        form.preset = spec.preset();
        form.dataset = spec.dataset();
        form.model = spec.model();
        form.hidden = joined(spec.hidden());
        boolean tree = isTree(spec.model());
        form.criterion = tree ? Presets.CUSTOM.criterion() : spec.criterion();
        form.splitCriterion = tree ? spec.criterion() : SplitCriterion.GINI.id();
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
     * The request the form makes: the builder's every setting, or a preset's Run button's preset and seed. Text that
     * is not a number goes to {@code typing}, named by field, and the field is left unset.
     */
    public ExperimentRequest toRequest(List<FieldError> typing) {
        if (builder == null) {
            ExperimentRequest request = ExperimentRequest.ofPreset(blankToNull(preset));
            Long newSeed = whole("seed", seed, typing, Long::parseLong);
            return newSeed == null ? request : request.withSeed(newSeed);
        }
        return new ExperimentRequest(
                blankToNull(preset),
                dataset,
                model,
                list("hidden", hidden, typing, Integer::parseInt),
                isTree(model) ? splitCriterion : criterion,
                granularity,
                scope,
                schedule,
                whole("rounds", rounds, typing, Integer::parseInt),
                list("sparsities", sparsities, typing, Double::parseDouble),
                whole("epochs", epochs, typing, Integer::parseInt),
                whole("fineTuneEpochs", fineTuneEpochs, typing, Integer::parseInt),
                whole("rows", rows, typing, Integer::parseInt),
                whole("folds", folds, typing, Integer::parseInt),
                compare,
                whole("seed", seed, typing, Long::parseLong));
    }

    /**
     * Problems as messages beside the form's fields: {@code sparsities[2]} becomes the sparsities field's
     * "value 3: …", a tree's criterion the split criterion. A field's typing problem (text that is no number) explains
     * itself best, so it hides the rule problems of that field; the rule problems of a field are joined.
     */
    public Map<String, String> messages(List<FieldError> typing, List<FieldError> rules) {
        Map<String, String> messages = new LinkedHashMap<>();
        typing.forEach(e -> messages.put(key(e.field()), e.message()));
        Map<String, String> ruleMessages = new LinkedHashMap<>();
        rules.forEach(e -> ruleMessages.merge(key(e.field()), text(e), (a, b) -> a + "; " + b));
        ruleMessages.forEach(messages::putIfAbsent);
        return messages;
    }

    private String key(String field) {
        int bracket = field.indexOf('[');
        String key = bracket < 0 ? field : field.substring(0, bracket);
        return key.equals("criterion") && isTree(model) ? "splitCriterion" : key;
    }

    private static String text(FieldError error) {
        String field = error.field();
        int bracket = field.indexOf('[');
        return bracket < 0
                ? error.message()
                : "value " + (Integer.parseInt(field.substring(bracket + 1, field.length() - 1)) + 1) + ": "
                        + error.message();
    }

    private static boolean isTree(String model) {
        return Choice.parse(Model.class, model).orElse(null) == Model.TREE;
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

    private static <T> T whole(String field, String text, List<FieldError> typing, Function<String, T> parse) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return parse.apply(text.strip());
        } catch (NumberFormatException e) {
            typing.add(new FieldError(field, "must be a number, got '" + text.strip() + "'"));
            return null;
        }
    }

    private static <T> List<T> list(String field, String text, List<FieldError> typing, Function<String, T> parse) {
        if (text == null || text.isBlank()) {
            return null;
        }
        List<T> values = new ArrayList<>();
        for (String part : text.split("[,\\s]+")) {
            if (!part.isBlank()) {
                List<FieldError> problems = new ArrayList<>();
                T value = whole(field, part, problems, parse);
                if (value == null) {
                    typing.add(new FieldError(field, "must be numbers separated by commas, got '" + part + "'"));
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
