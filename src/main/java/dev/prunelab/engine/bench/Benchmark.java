package dev.prunelab.engine.bench;

import dev.prunelab.engine.tensor.Kernels;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The engine's benchmark command: runs the workloads of {@code shared/bench/README.md} and prints one
 * JSON line per workload (per shape for {@code gemm}, per data set for {@code ccp}) on stdout, with
 * the same keys as the reference scripts. Logs go to stderr so stdout can be piped to a file.
 *
 * <pre>
 * ./mvnw -q -Pbench compile exec:java -Dexec.args="digits mnist ccp gemm --threads 2 --seed 0"
 * </pre>
 * Workloads: {@code digits mnist ccp ccp:entropy gemm minilm} ({@code minilm:encode}, {@code minilm:prune} and
 * {@code minilm:load} run its parts), and {@code latency} (CNN inference dense vs CSR
 * vs shrunk, not in the reference set); options {@code --threads N} (cores used by
 * parallel sweeps and by gemm, default 1) and {@code --seed S} (default 0).
 */
public final class Benchmark {

    static final Set<String> WORKLOADS = Set.of(
            "digits",
            "mnist",
            "ccp",
            "ccp:entropy",
            "gemm",
            "latency",
            "minilm",
            "minilm:load",
            "minilm:encode",
            "minilm:prune");

    private Benchmark() {}

    public static void main(String[] args) {
        PrintStream out = System.out;
        try {
            Options options = Options.parse(args);
            // load the native kernel library before any timer starts, as the reference scripts import torch first
            System.err.println("benchmark: matrix kernel " + Kernels.gemm().name());
            for (int round = 0; round < options.repeat; round++) {
                for (String workload : options.workloads) {
                    runWorkload(workload, options, out);
                }
            }
        } catch (IllegalArgumentException badArguments) {
            System.err.println("benchmark: " + badArguments.getMessage());
            System.exit(2);
        }
        out.flush();
    }

    private static void runWorkload(String workload, Options options, PrintStream out) {
        System.err.println(
                "benchmark: running " + workload + " (threads " + options.threads + ", seed " + options.seed + ")");
        switch (workload) {
            case "gemm" -> GemmWorkload.run(options.threads, options.seed, out);
            case "digits" -> out.println(Json.object(MlpWorkloads.digits(options.threads, options.seed)));
            case "mnist" -> out.println(Json.object(MlpWorkloads.mnist(options.threads, options.seed)));
            case "latency" -> LatencyWorkload.run(options.seed, out);
            case "minilm" -> MinilmWorkload.run("all", options.threads, out);
            case "minilm:load" -> MinilmWorkload.run("load", options.threads, out);
            case "minilm:encode" -> MinilmWorkload.run("encode", options.threads, out);
            case "minilm:prune" -> MinilmWorkload.run("prune", options.threads, out);
            default -> CcpDispatch.run(workload, out);
        }
    }

    /** Parsed command line: workload names in order plus {@code --threads} and {@code --seed}. */
    static final class Options {
        final List<String> workloads = new ArrayList<>();
        int threads = 1;
        long seed = 0;
        int repeat = 1;

        static Options parse(String[] args) {
            Options options = new Options();
            for (int i = 0; i < args.length; i++) {
                String arg = args[i];
                if (arg.equals("--threads") || arg.equals("--seed") || arg.equals("--repeat")) {
                    if (i + 1 >= args.length) {
                        throw new IllegalArgumentException(arg + " needs a value");
                    }
                    String value = args[++i];
                    if (arg.equals("--threads")) {
                        options.threads = parseInRange("--threads", value, 256);
                    } else if (arg.equals("--repeat")) {
                        options.repeat = parseInRange("--repeat", value, 100);
                    } else {
                        options.seed = parseLong("--seed", value);
                    }
                } else if (WORKLOADS.contains(arg)) {
                    options.workloads.add(arg);
                } else {
                    throw new IllegalArgumentException("workload must be one of " + WORKLOADS + ", got " + arg);
                }
            }
            if (options.workloads.isEmpty()) {
                throw new IllegalArgumentException("workloads must name at least one of " + WORKLOADS + ", got none");
            }
            return options;
        }

        /** A count in [1, max]. */
        private static int parseInRange(String name, String value, int max) {
            long count = parseLong(name, value);
            if (count < 1 || count > max) {
                throw new IllegalArgumentException(name + " must be in [1, " + max + "], got " + value);
            }
            return (int) count;
        }

        private static long parseLong(String name, String value) {
            try {
                return Long.parseLong(value);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(name + " must be an integer, got " + value);
            }
        }
    }
}
