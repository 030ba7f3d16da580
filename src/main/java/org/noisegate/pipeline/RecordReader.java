package org.noisegate.pipeline;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.function.Consumer;
import org.noisegate.source.Inputs;
import org.noisegate.source.TextDecoder;

/**
 * Streams records from inputs: JSONL (one record per line, gzip or Zstandard transparently),
 * Parquet (one record per row, {@link ParquetRows}), HTML and plain text files (one record each), {@code -} for standard input. Nothing is held
 * beyond the current line; an input that cannot be read becomes one error record. A record
 * (JSONL line or whole file, after decompression) longer than the size limit becomes an error
 * record with its line number and is streamed past without being held in memory.
 */
public final class RecordReader {
    /** The default largest record: 64 MiB. */
    public static final long DEFAULT_MAX_RECORD = 64L << 20;
    /** The largest limit one record can have (a Java string holds at most 2^31 - 1 chars). */
    public static final long MAX_LIMIT = 1L << 30;
    /** How the error of a file that is not text begins. */
    public static final String BINARY = "binary input: ";
    private final String format;
    private final String textField;
    private final String idField;
    private final InputStream stdin;
    private final long maxRecord;

    /** @param format jsonl, parquet, html, text, or auto (by file name or Parquet's magic bytes; standard input is JSONL) */
    public RecordReader(String format, String textField, String idField, InputStream stdin) {
        this(format, textField, idField, stdin, DEFAULT_MAX_RECORD);
    }

    /** @param maxRecord the largest record in bytes (a JSONL line, or a whole file), at most {@link #MAX_LIMIT} */
    public RecordReader(String format, String textField, String idField, InputStream stdin, long maxRecord) {
        if (maxRecord < 1 || maxRecord > MAX_LIMIT) {
            throw new IllegalArgumentException("the record size limit must be between 1 byte and 1G, not " + maxRecord);
        }
        this.format = format;
        this.textField = textField;
        this.idField = idField;
        this.stdin = stdin;
        this.maxRecord = maxRecord;
    }

    public void read(String input, Consumer<Record> out) {
        String kind = format.equals("auto") ? (input.equals("-") ? "jsonl" : Inputs.kind(input)) : format;
        if (format.equals("auto") && !input.equals("-") && Inputs.parquet(Path.of(input))) {
            kind = "parquet";
        }
        if (kind.equals("parquet")) {
            if (input.equals("-")) {
                out.accept(Record.error(input, 0, null, "Parquet is read from files, not standard input"));
            } else {
                ParquetRows.read(input, Path.of(input), textField, idField, maxRecord, out);
            }
            return;
        }
        try (InputStream in = input.equals("-") ? Inputs.decompress(stdin) : Inputs.open(Path.of(input))) {
            switch (kind) {
                case "jsonl" -> lines(input, in, out);
                case "html" -> {
                    byte[] page = readAtMost(in);
                    out.accept(page == null ? Record.error(input, 0, null, tooLarge("file", skip(in)))
                            : new Record(input, 0, null, input, null, page, null));
                }
                default -> {
                    byte[] bytes = readAtMost(in);
                    if (bytes == null) {
                        out.accept(Record.error(input, 0, null, tooLarge("file", skip(in))));
                        return;
                    }
                    var d = TextDecoder.decode(bytes);
                    out.accept(d.binary() ? Record.error(input, 0, null, BINARY + d.reason())
                            : new Record(input, 0, null, input, d.text(), null, null));
                }
            }
        } catch (IOException | RuntimeException e) {
            out.accept(Record.error(input, 0, null, "cannot read: " + describe(e)));
        }
    }

    /**
     * Reads JSONL records from a stream that is not a local file (a Spark executor reading from
     * HDFS or S3): gzip and zstd are recognised by their first bytes; the records are exactly
     * those {@link #read} gives for a file of the same bytes named {@code source}.
     */
    public void readJsonl(String source, InputStream raw, Consumer<Record> out) {
        jsonl(source, raw, n -> true).forEachRemaining(out);
    }

    /**
     * The JSONL records of a stream, pulled one at a time, for the lines whose 1-based number
     * passes the test (the others are not parsed: a task that takes one stride of a file). A read
     * error ends the records with an error record, as in {@link #read}; the stream is closed at
     * the end.
     */
    public java.util.Iterator<Record> jsonl(String source, InputStream raw, java.util.function.LongPredicate lineNumbers) {
        try {
            return new JsonlRecords(source, Inputs.decompress(raw), lineNumbers);
        } catch (IOException | RuntimeException e) {
            return java.util.List.of(Record.error(source, 0, null, "cannot read: " + describe(e))).iterator();
        }
    }

    private void lines(String input, InputStream in, Consumer<Record> out) {
        new JsonlRecords(input, in, n -> true).forEachRemaining(out);
    }

    /** One record per non-blank line; an over-long line is an error record, streamed past. */
    private final class JsonlRecords implements java.util.Iterator<Record> {
        private final String source;
        private final InputStream in;
        private final LineReader lines;
        private final java.util.function.LongPredicate take;
        private long n;
        private Record next;
        private boolean done;

        JsonlRecords(String source, InputStream in, java.util.function.LongPredicate take) {
            this.source = source;
            this.in = in;
            this.lines = new LineReader(in, maxRecord);
            this.take = take;
        }

        @Override
        public boolean hasNext() {
            if (next == null && !done) {
                next = advance();
            }
            return next != null;
        }

        @Override
        public Record next() {
            if (!hasNext()) {
                throw new java.util.NoSuchElementException();
            }
            Record r = next;
            next = null;
            return r;
        }

        private Record advance() {
            try {
                for (LineReader.Line l = lines.next(); l != null; l = lines.next()) {
                    n++;
                    if (!take.test(n)) {
                        continue;
                    }
                    if (l.tooLong()) {
                        return Record.error(source, n, null, tooLarge("line", l.bytes()));
                    }
                    String line = l.text();
                    if (n == 1 && line.startsWith("\uFEFF")) {
                        line = line.substring(1);
                    }
                    if (!line.isBlank()) {
                        return Record.ofLine(source, n, line, textField, idField);
                    }
                }
                finish();
                return null;
            } catch (IOException | RuntimeException e) {
                finish();
                return Record.error(source, 0, null, "cannot read: " + describe(e));
            }
        }

        private void finish() {
            done = true;
            try {
                in.close();
            } catch (IOException ignored) {
                // the records are read; a failure to close loses nothing
            }
        }
    }

    /** All bytes of the stream, or null (with the first bytes read) when there are more than the limit. */
    private byte[] readAtMost(InputStream in) throws IOException {
        byte[] b = in.readNBytes((int) maxRecord + 1);
        return b.length > maxRecord ? null : b;
    }

    /** Reads the rest of the stream without keeping it; the bytes read, plus the limit + 1 read before. */
    private long skip(InputStream in) throws IOException {
        long n = maxRecord + 1;
        byte[] b = new byte[1 << 16];
        for (int k = in.read(b); k >= 0; k = in.read(b)) {
            n += k;
        }
        return n;
    }

    private String tooLarge(String what, long bytes) {
        return String.format(Locale.ROOT, "%s of %d bytes is over the record size limit of %s (--max-record-size); "
                + "skipped without holding it in memory: split it or raise the limit", what, bytes, size(maxRecord));
    }

    /** A byte count as people write it: 64M, 500K, 1G, or bytes. */
    public static String size(long bytes) {
        if (bytes % (1L << 30) == 0) {
            return bytes / (1L << 30) + "G";
        }
        if (bytes % (1L << 20) == 0) {
            return bytes / (1L << 20) + "M";
        }
        if (bytes % (1L << 10) == 0) {
            return bytes / (1L << 10) + "K";
        }
        return bytes + " bytes";
    }

    /** An I/O failure in words, without Java class names. */
    static String describe(Exception e) {
        if (e instanceof java.nio.file.NoSuchFileException) {
            return "no such file";
        }
        if (e instanceof java.nio.file.AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof java.io.EOFException) {
            return "the compressed data ends too early (truncated file?)";
        }
        String m = e.getMessage();
        return m == null || m.isBlank() ? "read error" : m;
    }

    /** True when every input can be read twice (files, not standard input). */
    public static boolean rereadable(Iterable<String> inputs) {
        for (String i : inputs) {
            if (i.equals("-") || !Files.isRegularFile(Path.of(i))) {
                return false;
            }
        }
        return true;
    }
}
