package dev.prunelab.lab.spec;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The spec behind each preset id of {@code content/lab-presets.yaml} (titles, lessons and summaries live there).
 * Sized so each finishes in seconds on two cores: fewer epochs and smaller sweeps than the benchmark workloads.
 */
public final class Presets {

    /** The default custom experiment, and the base every preset starts from. */
    public static final ExperimentSpec CUSTOM = new ExperimentSpec(
            null,
            "digits",
            "mlp",
            List.of(128, 64),
            "magnitude",
            "unstructured",
            "global",
            "one-shot",
            3,
            List.of(0.5, 0.7, 0.8, 0.9, 0.95, 0.98),
            12,
            2,
            1797,
            5,
            "none",
            0L);

    private static final Map<String, ExperimentSpec> SPECS = new LinkedHashMap<>();

    static {
        preset("magnitude-vs-random", CUSTOM);
        preset(
                "global-vs-layerwise",
                changes().compare("scope").sparsities(0.5, 0.8, 0.9, 0.95, 0.98).build());
        preset(
                "schedules",
                changes()
                        .compare("schedule")
                        .sparsities(0.8, 0.9, 0.95)
                        .rounds(3)
                        .build());
        preset(
                "lottery-ticket",
                changes()
                        .dataset("mnist10k")
                        .rows(2000)
                        .hidden(300, 100)
                        .schedule("lottery")
                        .rounds(3)
                        .sparsities(0.9)
                        .epochs(3)
                        .build());
        preset(
                "structured-neurons",
                changes()
                        .hidden(256, 128)
                        .granularity("neurons")
                        .scope("layer")
                        .sparsities(0.25, 0.5, 0.75, 0.9)
                        .epochs(8)
                        .build());
        preset(
                "n-m-sparsity",
                changes()
                        .hidden(128, 64)
                        .granularity("n:m")
                        .scope("layer")
                        .compare("granularity")
                        .sparsities(0.5, 0.75)
                        .epochs(8)
                        .build());
        preset(
                "snip-vs-magnitude",
                changes()
                        .hidden(128, 64)
                        .criterion("snip")
                        .compare("criterion")
                        .sparsities(0.5, 0.8, 0.9, 0.95)
                        .epochs(8)
                        .build());
        preset(
                "per-class-damage",
                changes()
                        .sparsities(0.5, 0.8, 0.9, 0.95, 0.98, 0.99)
                        .fineTune(0)
                        .build());
        preset(
                "tree-ccp",
                new ExperimentSpec(
                        null,
                        "breast_cancer",
                        "tree",
                        null,
                        "gini",
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        569,
                        5,
                        null,
                        0L));
        preset(
                "decision-boundary",
                changes()
                        .dataset("moons")
                        .rows(300)
                        .hidden(32, 32)
                        .epochs(30)
                        .fineTune(2)
                        .sparsities(0.5, 0.8, 0.9, 0.95, 0.98)
                        .build());
    }

    /** The preset ids, in the order of the lab page. */
    public static final List<String> IDS = List.copyOf(SPECS.keySet());

    private Presets() {}

    /**
     * A request's fields over its preset's spec (or over the default custom experiment), and the default custom
     * experiment's for whatever is still missing (a tree preset has no network settings). A request that changes the
     * data set but not the rows gets that data set's usual size; one that changes the kind of model but not the
     * criterion gets that kind's first criterion (magnitude or gini), since trees and networks have different ones.
     */
    public static ExperimentSpec merge(ExperimentSpec request) {
        ExperimentSpec base =
                request.preset() == null ? CUSTOM : spec(request.preset()).orElse(CUSTOM);
        ExperimentSpec merged = request.over(base).over(CUSTOM);
        Integer rows = request.dataset() != null
                        && request.rows() == null
                        && !request.dataset().equals(base.dataset())
                ? SpecRules.defaultRows(request.dataset())
                : null;
        String criterion =
                request.criterion() == null && merged.isTree() != SpecRules.TREE_CRITERIA.contains(merged.criterion())
                        ? (merged.isTree() ? SpecRules.TREE_CRITERIA : SpecRules.CRITERIA).get(0)
                        : null;
        return new ExperimentSpec(
                        null, null, null, null, criterion, null, null, null, null, null, null, null, rows, null, null,
                        null)
                .over(merged);
    }

    /** The complete spec of a preset (its {@code preset} field set). */
    public static Optional<ExperimentSpec> spec(String id) {
        return Optional.ofNullable(SPECS.get(id));
    }

    private static void preset(String id, ExperimentSpec spec) {
        SPECS.put(id, ExperimentSpec.ofPreset(id).over(spec));
    }

    private static Changes changes() {
        return new Changes();
    }

    /** Reads as the list of what a preset changes from {@link #CUSTOM}. */
    private static final class Changes {
        private String dataset, criterion, granularity, scope, schedule, compare;
        private List<Integer> hidden;
        private List<Double> sparsities;
        private Integer rounds, epochs, fineTune, rows;

        Changes dataset(String v) {
            dataset = v;
            return this;
        }

        Changes criterion(String v) {
            criterion = v;
            return this;
        }

        Changes granularity(String v) {
            granularity = v;
            return this;
        }

        Changes scope(String v) {
            scope = v;
            return this;
        }

        Changes schedule(String v) {
            schedule = v;
            return this;
        }

        Changes compare(String v) {
            compare = v;
            return this;
        }

        Changes hidden(Integer... v) {
            hidden = List.of(v);
            return this;
        }

        Changes sparsities(Double... v) {
            sparsities = List.of(v);
            return this;
        }

        Changes rounds(int v) {
            rounds = v;
            return this;
        }

        Changes epochs(int v) {
            epochs = v;
            return this;
        }

        Changes fineTune(int v) {
            fineTune = v;
            return this;
        }

        Changes rows(int v) {
            rows = v;
            return this;
        }

        ExperimentSpec build() {
            return new ExperimentSpec(
                            null,
                            dataset,
                            null,
                            hidden,
                            criterion,
                            granularity,
                            scope,
                            schedule,
                            rounds,
                            sparsities,
                            epochs,
                            fineTune,
                            rows,
                            null,
                            compare,
                            null)
                    .over(CUSTOM);
        }
    }
}
