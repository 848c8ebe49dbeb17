package dev.prunelab.engine.transformer;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The tokenizer and embedding fixture: 274 texts, one per line, and the token ids the reference tokenizer
 * gives them (see the README beside the files for how they were generated and checked against Hugging
 * Face {@code tokenizers}). Lines 1–28 are the reference's hard cases, 29–48 more of ours, 49–274 the
 * flashcard fronts and backs.
 */
final class TokenizerFixture {

    static final String FOLDER = "/dev/prunelab/engine/transformer/";
    static final int HARD_CASES = 48;

    private TokenizerFixture() {}

    /** The texts, split on '\n' only (a case may hold '\r', tabs and other controls). */
    static List<String> texts() {
        String text = read("tokenizer-cases.txt");
        List<String> lines = new ArrayList<>(Arrays.asList(text.split("\n", -1)));
        if (lines.get(lines.size() - 1).isEmpty()) {
            lines.remove(lines.size() - 1);
        }
        return lines;
    }

    /** The expected ids, one array per text. */
    static List<int[]> ids() {
        ObjectMapper json = new ObjectMapper();
        List<int[]> ids = new ArrayList<>();
        try {
            for (String line : read("tokenizer-ids.jsonl").split("\n")) {
                if (!line.isBlank()) {
                    ids.add(json.readValue(line, int[].class));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return ids;
    }

    private static String read(String name) {
        try (InputStream in = TokenizerFixture.class.getResourceAsStream(FOLDER + name)) {
            if (in == null) {
                throw new IllegalStateException("fixture missing: " + FOLDER + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
