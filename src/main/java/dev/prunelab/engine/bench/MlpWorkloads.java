package dev.prunelab.engine.bench;

import java.util.Map;

final class MlpWorkloads {
    private MlpWorkloads() {
    }

    static Map<String, Object> digits(int threads, long seed) {
        throw new UnsupportedOperationException("digits");
    }

    static Map<String, Object> mnist(int threads, long seed) {
        throw new UnsupportedOperationException("mnist");
    }
}
