package dev.prunelab.practice.feedback;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.yaml.snakeyaml.Yaml;

/**
 * Single-sentence test cases for the misconception detector, per rubric under {@value #DIR}: for each misconception
 * five sentences that state it, five that refute it (denials, "it's a myth that…", "unlike…", double negations) and
 * three true sentences on the same topic. The second and fifth of each five and the third neutral sentence are held
 * out (never tuned on).
 */
public final class MisconceptionSentences {

    static final String DIR = CalibrationSet.ROOT + "/misconceptions";

    enum Kind {
        STATES,
        REFUTES,
        NEUTRAL
    }

    /** One test sentence: the question whose rubric holds the misconception, its id, what the sentence does. */
    record Case(String question, String misconception, Kind kind, String sentence, boolean heldOut) {}

    static List<Case> all() {
        List<Case> cases = new ArrayList<>();
        try (Stream<Path> files = Files.list(Path.of(DIR))) {
            for (Path file :
                    files.filter(f -> f.toString().endsWith(".yaml")).sorted().toList()) {
                cases.addAll(read(file));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return cases;
    }

    @SuppressWarnings("unchecked")
    private static List<Case> read(Path file) throws IOException {
        Map<String, Object> doc = new Yaml().load(Files.readString(file));
        String question = (String) doc.get("question");
        List<Case> cases = new ArrayList<>();
        for (Map<String, Object> m : (List<Map<String, Object>>) doc.get("misconceptions")) {
            String id = (String) m.get("id");
            for (Kind kind : Kind.values()) {
                List<String> sentences = (List<String>) m.get(kind.name().toLowerCase(Locale.ROOT));
                for (int i = 0; i < sentences.size(); i++) {
                    boolean heldOut = kind == Kind.NEUTRAL ? i == 2 : i == 1 || i == 4;
                    cases.add(new Case(question, id, kind, sentences.get(i), heldOut));
                }
            }
        }
        return cases;
    }

    /**
     * The detector's figures on a set of cases: the share of stating sentences flagged with their misconception, the
     * number of refuting or neutral sentences flagged with any misconception, and the share of refuting sentences
     * recognised as refutations.
     */
    record Figures(int states, int caught, int falseFlags, int negatives, int refutes, int recognised) {
        String line(String name) {
            return String.format(
                    Locale.ROOT,
                    "%-14s stated caught %d/%d (%.2f)  refuting/neutral flagged %d/%d  refutations recognised %d/%d",
                    name,
                    caught,
                    states,
                    caught / (double) Math.max(1, states),
                    falseFlags,
                    negatives,
                    recognised,
                    refutes);
        }
    }

    static Figures figures(FeedbackEngine engine, List<Case> cases, List<String> detail) {
        int states = 0, caught = 0, falseFlags = 0, negatives = 0, refutes = 0, recognised = 0;
        for (Case c : cases) {
            List<String> flagged = engine.misconceptions(c.question(), c.sentence()).stream()
                    .map(Feedback.FlaggedMisconception::id)
                    .toList();
            if (c.kind() == Kind.STATES) {
                states++;
                boolean ok = flagged.contains(c.misconception());
                caught += ok ? 1 : 0;
                if (!ok && detail != null) {
                    detail.add("MISSED  " + c.misconception() + " | " + c.sentence() + " | flagged " + flagged);
                }
            } else {
                negatives++;
                if (!flagged.isEmpty()) {
                    falseFlags++;
                    if (detail != null) {
                        detail.add("FALSE   " + c.kind() + " " + c.misconception() + " -> " + flagged + " | "
                                + c.sentence());
                    }
                }
                if (c.kind() == Kind.REFUTES) {
                    refutes++;
                    recognised += engine.refutations(c.question(), c.sentence()).contains(c.misconception()) ? 1 : 0;
                }
            }
        }
        return new Figures(states, caught, falseFlags, negatives, refutes, recognised);
    }

    public static void main(String[] args) {
        FeedbackEngine engine = CalibrationSet.engine();
        FeedbackEngine leaveOneOut =
                new FeedbackEngine(CalibrationSet.catalog(), CalibrationSet.meaning(), ScoreModel.FITTED, true);
        List<Case> all = all();
        List<String> detail = new ArrayList<>();
        Figures tuning =
                figures(leaveOneOut, all.stream().filter(c -> !c.heldOut()).toList(), detail);
        if (List.of(args).contains("--detail")) {
            detail.forEach(System.out::println);
        }
        Figures heldOut = figures(engine, all.stream().filter(Case::heldOut).toList(), null);
        System.out.println(tuning.line("tuning (LOO)"));
        System.out.println(heldOut.line("held-out"));
    }
}
