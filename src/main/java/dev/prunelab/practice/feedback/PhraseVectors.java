package dev.prunelab.practice.feedback;

import dev.prunelab.content.ContentCatalog;
import dev.prunelab.content.ContentLoader;
import dev.prunelab.content.ContentSource;
import dev.prunelab.content.markdown.MarkdownRenderer;
import dev.prunelab.engine.transformer.SentenceEncoder;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * The embeddings of every rubric phrase, computed once when the app is built (they cost seconds of CPU, which would
 * otherwise fall on the first answer graded after each start) and packaged as {@value #RESOURCE}. Format: the magic
 * {@code PLVEC2}, a digest of the phrases (an unchanged set is not embedded again), the vector size, the count, then per phrase its UTF-8 text and its floats.
 *
 * <p>Run by the build: {@code PhraseVectors <content dir> <output file>}.
 */
public final class PhraseVectors {

    static final String RESOURCE = "/feedback-phrases.vec";
    private static final String MAGIC = "PLVEC2";

    private PhraseVectors() {}

    public static void main(String[] args) throws Exception {
        long start = System.nanoTime();
        ContentCatalog catalog =
                new ContentLoader(new MarkdownRenderer()).load(ContentSource.fromDirectory(Path.of(args[0])));
        List<String> texts = List.copyOf(new LinkedHashSet<>(
                catalog.rubrics().stream().flatMap(RubricMatcher::texts).toList()));
        Path out = Path.of(args[1]);
        String digest = digest(texts);
        if (Files.exists(out)) {
            try (InputStream in = Files.newInputStream(out)) {
                if (digest.equals(header(new DataInputStream(new BufferedInputStream(in))))) {
                    System.out.printf("feedback phrases: %d, up to date%n", texts.size());
                    return;
                }
            }
        }
        SentenceEncoder encoder = SentenceEncoder.load();
        // Two halves on two threads: the encoder is thread-safe and the build machine has at least two cores.
        int half = texts.size() / 2;
        CompletableFuture<float[][]> first =
                CompletableFuture.supplyAsync(() -> encoder.encode(texts.subList(0, half)));
        float[][] second = encoder.encode(texts.subList(half, texts.size()));
        float[][] firstVectors = first.get();
        Map<String, float[]> vectors = new HashMap<>();
        for (int i = 0; i < texts.size(); i++) {
            vectors.put(texts.get(i), i < half ? firstVectors[i] : second[i - half]);
        }
        write(vectors, digest, out);
        System.out.printf("feedback phrases: %d embedded in %.1f s%n", texts.size(), (System.nanoTime() - start) / 1e9);
    }

    /** A digest of the phrase texts, so an unchanged rubric set is not embedded again. */
    static String digest(List<String> texts) throws Exception {
        MessageDigest sha = MessageDigest.getInstance("SHA-256");
        for (String text : texts) {
            sha.update(text.getBytes(StandardCharsets.UTF_8));
            sha.update((byte) 0);
        }
        return HexFormat.of().formatHex(sha.digest());
    }

    /** The digest in a file's header, or empty when it is not in this format. */
    private static String header(DataInputStream in) throws IOException {
        return MAGIC.equals(in.readUTF()) ? in.readUTF() : "";
    }

    static void write(Map<String, float[]> vectors, String digest, Path file) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(file)))) {
            out.writeUTF(MAGIC);
            out.writeUTF(digest);
            int dimension =
                    vectors.values().stream().findFirst().map(v -> v.length).orElse(0);
            out.writeInt(dimension);
            out.writeInt(vectors.size());
            for (Map.Entry<String, float[]> e : vectors.entrySet()) {
                byte[] text = e.getKey().getBytes(StandardCharsets.UTF_8);
                out.writeInt(text.length);
                out.write(text);
                for (float f : e.getValue()) {
                    out.writeFloat(f);
                }
            }
        }
    }

    /** The packaged vectors, or none when the resource is missing or not in this format. */
    static Map<String, float[]> readPackaged() {
        try (InputStream in = PhraseVectors.class.getResourceAsStream(RESOURCE)) {
            return in == null ? Map.of() : read(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Map<String, float[]> read(InputStream raw) throws IOException {
        DataInputStream in = new DataInputStream(new BufferedInputStream(raw));
        if (header(in).isEmpty()) {
            return Map.of();
        }
        int dimension = in.readInt(), count = in.readInt();
        Map<String, float[]> vectors = new HashMap<>(count * 2);
        for (int i = 0; i < count; i++) {
            byte[] text = new byte[in.readInt()];
            in.readFully(text);
            float[] vector = new float[dimension];
            for (int d = 0; d < dimension; d++) {
                vector[d] = in.readFloat();
            }
            vectors.put(new String(text, StandardCharsets.UTF_8), vector);
        }
        return vectors;
    }
}
