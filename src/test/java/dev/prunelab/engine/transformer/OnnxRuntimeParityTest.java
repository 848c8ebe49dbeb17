package dev.prunelab.engine.transformer;

import static org.assertj.core.api.Assertions.assertThat;

import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import java.io.IOException;
import java.io.InputStream;
import java.nio.FloatBuffer;
import java.nio.LongBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The engine's embeddings equal ONNX Runtime's on the same ONNX file: cosine ≥ 0.9999 on every fixture
 * text (the 226 flashcard fronts and backs plus 48 hard tokenizer cases). ONNX Runtime runs the graph; the
 * mean pooling and normalisation on top are sentence-transformers' and written out here.
 */
class OnnxRuntimeParityTest {

    private static final double MIN_COSINE = 0.9999;
    private static final int BATCH = 32;

    @Test
    void embeddingsEqualOnnxRuntimesOnEveryFixtureText() throws Exception {
        SentenceEncoder encoder = SentenceEncoder.load();
        List<String> texts = TokenizerFixture.texts();
        List<int[]> tokens = texts.stream().map(encoder.tokenizer()::encode).toList();
        float[][] ours = encoder.encodeTokens(tokens);
        float[][] reference = onnxRuntime(tokens);
        double worst = 1;
        for (int i = 0; i < texts.size(); i++) {
            worst = Math.min(worst, SentenceEncoder.dot(ours[i], reference[i]));
        }
        assertThat(texts).hasSizeGreaterThanOrEqualTo(200 + TokenizerFixture.HARD_CASES);
        assertThat(worst).isGreaterThanOrEqualTo(MIN_COSINE);
    }

    /** Mean-pooled, normalised last hidden states from ONNX Runtime, in padded batches of 32. */
    private static float[][] onnxRuntime(List<int[]> tokens) throws IOException, OrtException {
        OrtEnvironment env = OrtEnvironment.getEnvironment();
        byte[] model;
        try (InputStream in = SentenceEncoder.class.getResourceAsStream(SentenceEncoder.MODEL_RESOURCE)) {
            model = in.readAllBytes();
        }
        List<float[]> out = new ArrayList<>();
        try (OrtSession.SessionOptions options = new OrtSession.SessionOptions()) {
            options.setIntraOpNumThreads(1);
            try (OrtSession session = env.createSession(model, options)) {
                for (int start = 0; start < tokens.size(); start += BATCH) {
                    out.addAll(batch(env, session, tokens.subList(start, Math.min(tokens.size(), start + BATCH))));
                }
            }
        }
        return out.toArray(new float[0][]);
    }

    private static List<float[]> batch(OrtEnvironment env, OrtSession session, List<int[]> tokens) throws OrtException {
        int length = tokens.stream().mapToInt(t -> t.length).max().orElseThrow();
        long[] ids = new long[tokens.size() * length];
        long[] mask = new long[ids.length];
        for (int r = 0; r < tokens.size(); r++) {
            for (int t = 0; t < tokens.get(r).length; t++) {
                ids[r * length + t] = tokens.get(r)[t];
                mask[r * length + t] = 1;
            }
        }
        long[] shape = {tokens.size(), length};
        try (OnnxTensor inputIds = OnnxTensor.createTensor(env, LongBuffer.wrap(ids), shape);
                OnnxTensor attention = OnnxTensor.createTensor(env, LongBuffer.wrap(mask), shape);
                OnnxTensor types = OnnxTensor.createTensor(env, LongBuffer.wrap(new long[ids.length]), shape);
                OrtSession.Result result = session.run(
                        Map.of("input_ids", inputIds, "attention_mask", attention, "token_type_ids", types))) {
            FloatBuffer hidden = ((OnnxTensor) result.get("last_hidden_state").orElseThrow()).getFloatBuffer();
            List<float[]> vectors = new ArrayList<>();
            for (int r = 0; r < tokens.size(); r++) {
                vectors.add(meanPoolNormalize(hidden, r, length, tokens.get(r).length));
            }
            return vectors;
        }
    }

    private static float[] meanPoolNormalize(FloatBuffer hidden, int row, int length, int real) {
        double[] sum = new double[MiniLm.HIDDEN];
        for (int t = 0; t < real; t++) {
            for (int d = 0; d < MiniLm.HIDDEN; d++) {
                sum[d] += hidden.get((row * length + t) * MiniLm.HIDDEN + d);
            }
        }
        double norm = 0;
        for (double s : sum) {
            norm += (s / real) * (s / real);
        }
        norm = Math.max(Math.sqrt(norm), 1e-12);
        float[] vector = new float[MiniLm.HIDDEN];
        for (int d = 0; d < MiniLm.HIDDEN; d++) {
            vector[d] = (float) (sum[d] / real / norm);
        }
        return vector;
    }
}
