package dev.prunelab.lab.run;

import dev.prunelab.lab.spec.Compare;
import dev.prunelab.lab.spec.Granularity;
import dev.prunelab.lab.spec.PruneCriterion;
import dev.prunelab.lab.spec.PruneScope;
import dev.prunelab.lab.spec.Schedule;
import dev.prunelab.lab.spec.Sweep;
import java.util.ArrayList;
import java.util.List;

/**
 * One line of an experiment's accuracy-vs-sparsity chart: a criterion, granularity, scope and schedule. The sweep's
 * {@link Compare} setting turns into several arms that differ in that one setting, and every network experiment gets
 * a random-pruning control arm.
 *
 * @param role  "main" (the spec as given), "compare" or "control"
 * @param scope null for the lottery ticket, which always ranks weights globally
 */
record Arm(
        String name,
        String role,
        PruneCriterion criterion,
        Granularity granularity,
        PruneScope scope,
        Schedule schedule) {

    /** The schedules a schedule comparison runs side by side. */
    private static final List<Schedule> COMPARED_SCHEDULES =
            List.of(Schedule.ONE_SHOT, Schedule.ITERATIVE, Schedule.GRADUAL);

    static List<Arm> of(Sweep s) {
        Arm main = new Arm(s.criterion().label(), "main", s.criterion(), s.granularity(), s.scope(), s.schedule());
        List<Arm> arms = new ArrayList<>();
        switch (s.compare()) {
            case SCOPE -> {
                arms.add(main.named(s.scope().label()));
                arms.add(main.varied(
                        s.scope().other().label(),
                        s.criterion(),
                        s.granularity(),
                        s.scope().other()));
            }
            case SCHEDULE -> {
                arms.add(main.named(s.schedule().id()));
                for (Schedule schedule : COMPARED_SCHEDULES) {
                    if (schedule != s.schedule()) {
                        arms.add(
                                new Arm(schedule.id(), "compare", s.criterion(), s.granularity(), s.scope(), schedule));
                    }
                }
            }
            case GRANULARITY -> {
                arms.add(main.named(s.granularity().label()));
                arms.add(main.varied(
                        Granularity.UNSTRUCTURED.label(), s.criterion(), Granularity.UNSTRUCTURED, s.scope()));
            }
            case CRITERION -> {
                arms.add(main);
                PruneCriterion other =
                        s.criterion() == PruneCriterion.MAGNITUDE ? PruneCriterion.TAYLOR : PruneCriterion.MAGNITUDE;
                arms.add(main.varied(
                        other == PruneCriterion.MAGNITUDE ? "magnitude after training" : other.label(),
                        other,
                        s.granularity(),
                        s.scope()));
            }
            case NONE -> arms.add(s.schedule() == Schedule.LOTTERY ? main.named("winning ticket (rewound)") : main);
        }
        if (s.criterion() != PruneCriterion.RANDOM) {
            boolean lottery = s.schedule() == Schedule.LOTTERY;
            arms.add(new Arm(
                    "random pruning (control)",
                    "control",
                    PruneCriterion.RANDOM,
                    s.granularity(),
                    lottery ? PruneScope.GLOBAL : s.scope(),
                    Schedule.ONE_SHOT));
        }
        return arms;
    }

    private Arm named(String newName) {
        return new Arm(newName, role, criterion, granularity, scope, schedule);
    }

    /** An arm to compare against: this one with other settings, on this schedule. */
    private Arm varied(String newName, PruneCriterion newCriterion, Granularity newGranularity, PruneScope newScope) {
        return new Arm(newName, "compare", newCriterion, newGranularity, newScope, schedule);
    }
}
