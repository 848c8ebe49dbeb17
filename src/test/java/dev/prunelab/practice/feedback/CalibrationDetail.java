package dev.prunelab.practice.feedback;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.OptionalInt;

/**
 * Prints one answer's full feedback (tuning aid): a calibration answer by id, or with {@code --file PATH QUESTION} any
 * text.
 */
public final class CalibrationDetail {

    public static void main(String[] args) throws IOException {
        if (args[0].equals("--flags")) {
            for (int i = 1; i < args.length; i++) {
                CalibrationSet.Sample s = CalibrationSet.sample(args[i]);
                Feedback f = CalibrationSet.engine().evaluate(s.question(), s.answer(), OptionalInt.empty());
                System.out.println(args[i] + " overall " + f.overall() + " states " + s.states());
                f.misconceptions().forEach(m -> System.out.println("  ! " + m.id() + " <- " + m.text()));
            }
            return;
        }
        CalibrationSet.Sample s = args[0].equals("--file")
                ? new CalibrationSet.Sample(
                        args[1], args[2], "", 0, List.of(), List.of(), Files.readString(Path.of(args[1])), false)
                : CalibrationSet.sample(args[0]);
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
