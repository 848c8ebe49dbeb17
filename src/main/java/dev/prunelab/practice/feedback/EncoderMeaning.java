package dev.prunelab.practice.feedback;

import dev.prunelab.engine.transformer.SentenceEncoder;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * {@link Meaning} from the engine's all-MiniLM-L6-v2 encoder, on the calling thread. Texts whose vectors were
 * computed when the app was built ({@link PhraseVectors}: every rubric phrase) are looked up; the rest (the answer's
 * sentences, phrases edited since the build) are encoded in one batch.
 */
public final class EncoderMeaning implements Meaning {

    private final SentenceEncoder encoder;
    private final Map<String, float[]> known;

    public EncoderMeaning(SentenceEncoder encoder, Map<String, float[]> known) {
        this.encoder = encoder;
        this.known = Map.copyOf(known);
    }

    /** The process-wide encoder with the vectors packaged with the app (none when the build wrote none). */
    public static EncoderMeaning load() {
        return new EncoderMeaning(SentenceEncoder.load(), PhraseVectors.readPackaged());
    }

    @Override
    public List<float[][]> embedWithParts(List<String> sentences, List<List<String>> parts) {
        return encoder.encodeWithParts(sentences, parts);
    }

    @Override
    public float[][] embed(List<String> texts) {
        float[][] vectors = new float[texts.size()][];
        List<String> missing = new ArrayList<>();
        List<Integer> where = new ArrayList<>();
        for (int i = 0; i < texts.size(); i++) {
            float[] vector = known.get(texts.get(i));
            if (vector == null) {
                missing.add(texts.get(i));
                where.add(i);
            } else {
                vectors[i] = vector;
            }
        }
        if (!missing.isEmpty()) {
            float[][] encoded = encoder.encode(missing);
            for (int i = 0; i < encoded.length; i++) {
                vectors[where.get(i)] = encoded[i];
            }
        }
        return vectors;
    }
}
