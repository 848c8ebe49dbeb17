package dev.prunelab.practice.feedback;

import java.util.OptionalInt;

/** Prints one calibration answer's full feedback (tuning aid). */
final class CalibrationDetail {

    public static void main(String[] args) {
        CalibrationSet.Sample s = CalibrationSet.sample(args[0]);
        Feedback f = CalibrationSet.engine().evaluate(s.question(), s.answer(), OptionalInt.empty());
        System.out.println("overall " + f.overall());
        f.dimensions()
                .forEach(d -> System.out.println(
                        d.id() + " " + d.score() + " " + d.evidence().size() + " evidence"));
        f.matchedPoints().forEach(p -> System.out.println("  + " + p.id() + " " + p.strength() + " " + p.sentences()));
        f.misconceptions().forEach(m -> System.out.println("  ! " + m.id() + " <- " + m.text()));
        System.out.println(f.notes());
        f.nextSteps().forEach(n -> System.out.println("  > " + n));
        CalibrationSet.engine().explain(s.question(), s.answer()).forEach(System.out::println);
    }
}
