package dev.prunelab.engine.bench;

import java.io.PrintStream;

/** Runs the {@code ccp} workloads (decision trees): {@code ccp} uses gini, {@code ccp:entropy} entropy. */
final class CcpDispatch {

    private CcpDispatch() {}

    static void run(String workload, PrintStream out) {
        CcpWorkload.run(workload.equals("ccp:entropy") ? "entropy" : "gini", out);
    }
}
