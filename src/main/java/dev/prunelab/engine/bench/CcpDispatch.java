package dev.prunelab.engine.bench;

import java.io.PrintStream;

/** Runs the {@code ccp} workloads (decision trees), which live on the trees branch. */
final class CcpDispatch {

    private CcpDispatch() {
    }

    static void run(String workload, PrintStream out) {
        String criterion = workload.equals("ccp:entropy") ? "entropy" : "gini";
        out.println("{\"workload\": \"ccp\", \"criterion\": \"" + criterion
                + "\", \"error\": \"the ccp workload is not merged into this build yet\"}");
    }
}
