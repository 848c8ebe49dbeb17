package dev.prunelab.practice.feedback;

import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.onnx.allminilml6v2.AllMiniLmL6V2EmbeddingModel;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Development stand-in: all-MiniLM-L6-v2 through ONNX Runtime, with a cache by text. */
final class OrtMeaning implements Meaning {

    private final AllMiniLmL6V2EmbeddingModel model = new AllMiniLmL6V2EmbeddingModel();
    private final Map<String, float[]> cache = new ConcurrentHashMap<>();

    @Override
    public float[][] embed(List<String> texts) {
        List<String> missing =
                texts.stream().filter(t -> !cache.containsKey(t)).distinct().toList();
        for (int i = 0; i < missing.size(); i += 64) {
            List<String> batch = missing.subList(i, Math.min(missing.size(), i + 64));
            var embeddings = model.embedAll(
                            batch.stream().map(TextSegment::from).toList())
                    .content();
            for (int j = 0; j < batch.size(); j++) {
                cache.put(batch.get(j), embeddings.get(j).vector());
            }
        }
        return texts.stream().map(cache::get).toArray(float[][]::new);
    }
}
