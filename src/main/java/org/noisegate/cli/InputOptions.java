package org.noisegate.cli;

import org.noisegate.pipeline.Ordered;
import picocli.CommandLine.Option;

/** Options of the pipeline commands (gate, clean): how to read documents, how many threads. */
final class InputOptions extends ReadOptions {
    @Option(names = "--threads", paramLabel = "N", description = "Worker threads (default: all cores). "
            + "Output order is the input order for every N.")
    Integer threads;

    int threads() {
        int n = threads == null ? Ordered.defaultThreads() : threads;
        if (n < 1) {
            throw new IllegalArgumentException("--threads must be at least 1, not " + n);
        }
        return n;
    }
}
