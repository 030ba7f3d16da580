package org.noisegate.pipeline;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;
import org.noisegate.source.Inputs;
import org.noisegate.source.TextDecoder;

/**
 * Streams records from inputs: JSONL (one record per line, gzip or Zstandard transparently),
 * HTML and plain text files (one record each), {@code -} for standard input. Nothing is held
 * beyond the current line; an input that cannot be read becomes one error record.
 */
public final class RecordReader {
    private final String format;
    private final String textField;
    private final String idField;
    private final InputStream stdin;

    /** @param format jsonl, html, text, or auto (by file name; standard input is JSONL) */
    public RecordReader(String format, String textField, String idField, InputStream stdin) {
        this.format = format;
        this.textField = textField;
        this.idField = idField;
        this.stdin = stdin;
    }

    public void read(String input, Consumer<Record> out) {
        String kind = format.equals("auto") ? (input.equals("-") ? "jsonl" : Inputs.kind(input)) : format;
        try (InputStream in = input.equals("-") ? Inputs.decompress(stdin) : Inputs.open(Path.of(input))) {
            switch (kind) {
                case "jsonl" -> lines(input, in, out);
                case "html" -> out.accept(new Record(input, 0, null, input, null, in.readAllBytes(), null));
                default -> {
                    var d = TextDecoder.decode(in.readAllBytes());
                    out.accept(d.binary() ? new Record(input, 0, null, input, null, null, "binary input: " + d.reason())
                            : new Record(input, 0, null, input, d.text(), null, null));
                }
            }
        } catch (IOException | RuntimeException e) {
            out.accept(new Record(input, 0, null, input, null, null, "cannot read: " + e.getMessage()));
        }
    }

    private void lines(String input, InputStream in, Consumer<Record> out) throws IOException {
        var decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPLACE)
                .onUnmappableCharacter(CodingErrorAction.REPLACE);
        BufferedReader r = new BufferedReader(new InputStreamReader(in, decoder), 1 << 16);
        long n = 0;
        for (String line = r.readLine(); line != null; line = r.readLine()) {
            n++;
            if (n == 1 && line.startsWith("\uFEFF")) {
                line = line.substring(1);
            }
            if (line.isBlank()) {
                continue;
            }
            out.accept(Record.ofLine(input, n, line, textField, idField));
        }
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
