package dev.prunelab.lab.run;

import dev.prunelab.lab.spec.ExperimentSpec;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * One line of an experiment's accuracy-vs-sparsity chart: a criterion, granularity, scope and schedule. The spec's
 * {@code compare} setting turns into several arms that differ in that one setting, and every network experiment gets
 * a random-pruning control arm.
 *
 * @param role "main" (the spec as given), "compare" or "control"
 */
record Arm(String name, String role, String criterion, String granularity, String scope, String schedule) {

    private static final Map<String, String> CRITERION_NAMES = Map.of(
            "magnitude",
            "magnitude",
            "random",
            "random",
            "snip",
            "SNIP at initialisation",
            "taylor",
            "Taylor |w·g| after training");

    static List<Arm> of(ExperimentSpec s) {
        Arm main = new Arm(
                CRITERION_NAMES.get(s.criterion()), "main", s.criterion(), s.granularity(), s.scope(), s.schedule());
        List<Arm> arms = new ArrayList<>();
        switch (s.compare()) {
            case "scope" -> {
                arms.add(main.named(s.scope().equals("global") ? "global threshold" : "layer-wise threshold"));
                String other = s.scope().equals("global") ? "layer" : "global";
                arms.add(new Arm(
                        other.equals("global") ? "global threshold" : "layer-wise threshold",
                        "compare",
                        s.criterion(),
                        s.granularity(),
                        other,
                        s.schedule()));
            }
            case "schedule" -> {
                arms.add(main.named(s.schedule()));
                for (String schedule : List.of("one-shot", "iterative", "gradual")) {
                    if (!schedule.equals(s.schedule())) {
                        arms.add(new Arm(schedule, "compare", s.criterion(), s.granularity(), s.scope(), schedule));
                    }
                }
            }
            case "granularity" -> {
                arms.add(main.named(granularityName(s.granularity())));
                arms.add(new Arm("unstructured", "compare", s.criterion(), "unstructured", s.scope(), s.schedule()));
            }
            case "criterion" -> {
                arms.add(main.named(s.criterion().equals("snip") ? "SNIP at initialisation" : main.name));
                String other = s.criterion().equals("magnitude") ? "taylor" : "magnitude";
                arms.add(new Arm(
                        other.equals("magnitude") ? "magnitude after training" : CRITERION_NAMES.get(other),
                        "compare",
                        other,
                        s.granularity(),
                        s.scope(),
                        s.schedule().equals("lottery") ? "one-shot" : s.schedule()));
            }
            default -> arms.add(s.schedule().equals("lottery") ? main.named("winning ticket (rewound)") : main);
        }
        if (!s.criterion().equals("random")) {
            boolean lottery = s.schedule().equals("lottery");
            arms.add(new Arm(
                    "random pruning (control)",
                    "control",
                    "random",
                    s.granularity(),
                    lottery ? "global" : s.scope(),
                    "one-shot"));
        }
        return arms;
    }

    private Arm named(String newName) {
        return new Arm(newName, role, criterion, granularity, scope, schedule);
    }

    private static String granularityName(String granularity) {
        return granularity.equals("n:m") ? "N:M (n of every 4 kept)" : granularity;
    }
}
