package dev.prunelab.engine.bench;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * The flashcards as the MiniLM reference scripts list them: every card of every {@code *.yaml} in the
 * folder, sorted by id in plain string order. Read straight from the files (the benchmark runs beside the
 * app, not inside it, so the content catalogue is not at hand); only this command reads YAML in the engine.
 *
 * @param fronts the questions, in card order
 * @param backs the answers, in card order
 */
record Flashcards(List<String> fronts, List<String> backs) {

    /** Fronts then backs: the 226-sentence list of the encode benchmark and the evaluation. */
    List<String> all() {
        List<String> all = new ArrayList<>(fronts);
        all.addAll(backs);
        return all;
    }

    @SuppressWarnings("unchecked")
    static Flashcards read(Path folder) {
        List<String[]> cards = new ArrayList<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file :
                    files.filter(p -> p.toString().endsWith(".yaml")).sorted().toList()) {
                try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                    Map<String, Object> doc = new Yaml(new SafeConstructor(new LoaderOptions())).load(reader);
                    for (Map<String, Object> card : (List<Map<String, Object>>) doc.get("cards")) {
                        cards.add(new String[] {
                            String.valueOf(card.get("id")),
                            String.valueOf(card.get("front")),
                            String.valueOf(card.get("back"))
                        });
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the flashcards under " + folder, e);
        }
        if (cards.isEmpty()) {
            throw new IllegalArgumentException("cards must be a folder of flashcard *.yaml files, got " + folder);
        }
        cards.sort(Comparator.comparing((String[] c) -> c[0]));
        return new Flashcards(
                cards.stream().map(c -> c[1]).toList(),
                cards.stream().map(c -> c[2]).toList());
    }
}
