package dev.prunelab.engine.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class BenchmarkOptionsTest {

    @Test
    void parsesWorkloadsAndOptions() {
        Benchmark.Options o = Benchmark.Options.parse(new String[] {"digits", "gemm", "--threads", "2", "--seed", "7"});
        assertEquals(List.of("digits", "gemm"), o.workloads);
        assertEquals(2, o.threads);
        assertEquals(7, o.seed);
    }

    @Test
    void rejectsUnknownWorkloadsAndBadOptions() {
        assertEquals(
                "--threads must be in [1, 256], got 0",
                assertThrows(
                                IllegalArgumentException.class,
                                () -> Benchmark.Options.parse(new String[] {"gemm", "--threads", "0"}))
                        .getMessage());
        assertEquals(
                "--seed must be an integer, got x",
                assertThrows(
                                IllegalArgumentException.class,
                                () -> Benchmark.Options.parse(new String[] {"gemm", "--seed", "x"}))
                        .getMessage());
        assertEquals(
                "--threads needs a value",
                assertThrows(
                                IllegalArgumentException.class,
                                () -> Benchmark.Options.parse(new String[] {"gemm", "--threads"}))
                        .getMessage());
        IllegalArgumentException unknown =
                assertThrows(IllegalArgumentException.class, () -> Benchmark.Options.parse(new String[] {"resnet"}));
        assertEquals(true, unknown.getMessage().endsWith("got resnet"));
    }

    @Test
    void writesJsonLikePython() {
        Map<String, Object> line = new LinkedHashMap<>();
        line.put("workload", "x");
        line.put("accuracy", Map.of("0.5", 0.25));
        line.put("list", List.of(1, 2));
        assertEquals("{\"workload\": \"x\", \"accuracy\": {\"0.5\": 0.25}, \"list\": [1, 2]}", Json.object(line));
    }
}
