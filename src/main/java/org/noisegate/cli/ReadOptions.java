package org.noisegate.cli;

import java.io.InputStream;
import org.noisegate.pipeline.RecordReader;
import picocli.CommandLine.Option;

/** How the commands that read documents (audit, gate, clean, calibrate) find them in their inputs. */
class ReadOptions {
    @Option(names = "--text-field", paramLabel = "PATH", defaultValue = "text",
            description = "JSONL field (Parquet column) with the text; dotted paths allowed (default: ${DEFAULT-VALUE}).")
    String textField;

    @Option(names = "--id-field", paramLabel = "PATH", defaultValue = "id",
            description = "JSONL field (Parquet column) with the document id; dotted paths allowed (default: ${DEFAULT-VALUE}).")
    String idField;

    @Option(names = "--input-format", paramLabel = "FORMAT", defaultValue = "auto",
            description = "jsonl, parquet, html, text or auto: by file name (.jsonl/.ndjson/.json, .parquet, .html/.htm, "
                    + "optionally .gz/.zst; Parquet also by its magic bytes), standard input as JSONL (default: ${DEFAULT-VALUE}).")
    String format;

    @Option(names = "--max-record-size", paramLabel = "SIZE", defaultValue = "64M",
            description = "The largest record: a JSONL line, or a whole HTML or text file, after decompression "
                    + "(suffixes K, M, G; at most 1G; default: ${DEFAULT-VALUE}). A longer one is an error record, "
                    + "skipped without reading it into memory.")
    String maxRecordSize;

    void check() {
        maxRecord();
        if (!java.util.Set.of("auto", "jsonl", "parquet", "html", "text").contains(format)) {
            throw new IllegalArgumentException("--input-format takes jsonl, parquet, html, text or auto, not '" + format + "'");
        }
    }

    long maxRecord() {
        long v = size("--max-record-size", maxRecordSize);
        if (v > RecordReader.MAX_LIMIT) {
            throw new IllegalArgumentException("--max-record-size is at most 1G, not " + maxRecordSize);
        }
        return v;
    }

    /** A size with an optional K, M or G suffix (powers of 1024). */
    static long size(String option, String s) {
        String t = s.strip().toUpperCase(java.util.Locale.ROOT);
        long mult = 1;
        if (t.endsWith("K")) {
            mult = 1L << 10;
        } else if (t.endsWith("M")) {
            mult = 1L << 20;
        } else if (t.endsWith("G")) {
            mult = 1L << 30;
        }
        if (mult > 1) {
            t = t.substring(0, t.length() - 1);
        }
        try {
            long v = Math.multiplyExact(Long.parseLong(t.strip()), mult);
            if (v <= 0) {
                throw new NumberFormatException();
            }
            return v;
        } catch (NumberFormatException | ArithmeticException e) {
            throw new IllegalArgumentException(option + ": not a size: '" + s + "' (e.g. 500K, 64M, 1G)");
        }
    }

    /** A reader of the inputs by these options; {@code stdin} serves the input "-". */
    RecordReader reader(InputStream stdin) {
        return new RecordReader(format, textField, idField, stdin, maxRecord());
    }
}
