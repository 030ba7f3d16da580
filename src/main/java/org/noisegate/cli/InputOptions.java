package org.noisegate.cli;

import org.noisegate.pipeline.Ordered;
import picocli.CommandLine.Option;

/** Options of the pipeline commands (gate, clean): how to read documents, how many threads. */
final class InputOptions {
    @Option(names = "--text-field", paramLabel = "PATH", defaultValue = "text",
            description = "JSONL field with the text; dotted paths allowed (default: ${DEFAULT-VALUE}).")
    String textField;

    @Option(names = "--id-field", paramLabel = "PATH", defaultValue = "id",
            description = "JSONL field with the document id; dotted paths allowed (default: ${DEFAULT-VALUE}).")
    String idField;

    @Option(names = "--input-format", paramLabel = "FORMAT", defaultValue = "auto",
            description = "jsonl, html, text or auto: by file name (.jsonl/.ndjson/.json, .html/.htm, "
                    + "optionally .gz/.zst), standard input as JSONL (default: ${DEFAULT-VALUE}).")
    String format;

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

    void check() {
        if (!java.util.Set.of("auto", "jsonl", "html", "text").contains(format)) {
            throw new IllegalArgumentException("--input-format takes jsonl, html, text or auto, not '" + format + "'");
        }
    }
}
