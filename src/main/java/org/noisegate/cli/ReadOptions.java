package org.noisegate.cli;

import java.io.InputStream;
import org.noisegate.pipeline.RecordReader;
import picocli.CommandLine.Option;

/** How the commands that read documents (gate, clean, calibrate) find them in their inputs. */
class ReadOptions {
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

    void check() {
        if (!java.util.Set.of("auto", "jsonl", "html", "text").contains(format)) {
            throw new IllegalArgumentException("--input-format takes jsonl, html, text or auto, not '" + format + "'");
        }
    }

    /** A reader of the inputs by these options; {@code stdin} serves the input "-". */
    RecordReader reader(InputStream stdin) {
        return new RecordReader(format, textField, idField, stdin);
    }
}
