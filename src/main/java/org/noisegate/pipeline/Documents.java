package org.noisegate.pipeline;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;
import org.noisegate.NoiseGate;
import org.noisegate.report.FileResult;
import org.noisegate.source.Inputs;

/**
 * What {@code audit} reads the way {@code gate} does: a JSONL corpus ({@code .jsonl}, {@code .ndjson})
 * document by document (one result per line, named {@code docs.jsonl#<id or line>}; a broken line
 * is a failed result), a Parquet file row by row (named {@code docs.parquet#<id or row>}; a file
 * that cannot be read as Parquet is one failed result), and
 * gzip or Zstandard files (by their magic bytes) decompressed, then read by their name without
 * the suffix (JSONL, HTML or text). Decompressed files are held to the file size limit, JSONL
 * records to the record size limit, so neither a huge line nor a gzip bomb exhausts memory.
 */
public final class Documents {
    private final NoiseGate gate;
    private final String format;
    private final RecordReader jsonl;
    private final RecordReader parquet;
    private final long maxBytes;

    /**
     * @param format   jsonl, parquet, html, text, or auto (by file name, Parquet also by its magic bytes)
     * @param maxBytes the largest decompressed HTML or text file
     */
    public Documents(NoiseGate gate, String format, String textField, String idField, long maxRecord, long maxBytes) {
        this.gate = gate;
        this.format = format;
        this.jsonl = new RecordReader("jsonl", textField, idField, InputStream.nullInputStream(), maxRecord);
        this.parquet = new RecordReader("parquet", textField, idField, InputStream.nullInputStream(), maxRecord);
        this.maxBytes = maxBytes;
    }

    /** The defaults: formats by name, fields text and id, the default size limits. */
    public static Documents of(NoiseGate gate) {
        return new Documents(gate, "auto", "text", "id", RecordReader.DEFAULT_MAX_RECORD, Long.MAX_VALUE);
    }

    /** True when the file is read here rather than as one plain text or HTML file. */
    public boolean handles(Path p) {
        String kind = kind(p);
        return !format.equals("auto") || kind.equals("jsonl") || kind.equals("parquet") || compressed(p);
    }

    /** Audits the file's documents, in order; {@code id} names the file in the results. */
    public void audit(String id, Path p, Consumer<FileResult> emit) {
        String kind = kind(p);
        if (kind.equals("jsonl") || kind.equals("parquet")) {
            (kind.equals("jsonl") ? jsonl : parquet).read(p.toString(), rec -> emit.accept(result(id, rec)));
            return;
        }
        try (InputStream in = Inputs.open(p)) {
            byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 16L, maxBytes + 1));
            if (bytes.length > maxBytes) {
                emit.accept(FileResult.failed(id, "refused: decompressed, it is over the " + maxBytes
                        + "-byte limit (--max-file-size); split the file or raise the limit"));
            } else {
                emit.accept(kind(p).equals("html") ? gate.auditHtml(id, bytes) : gate.audit(id, bytes));
            }
        } catch (IOException | RuntimeException e) {
            emit.accept(FileResult.failed(id, "cannot read: " + RecordReader.describe(e)));
        } catch (OutOfMemoryError e) {
            emit.accept(FileResult.failed(id, "not enough memory to read the file; raise -Xmx or lower --max-file-size"));
        }
    }

    private FileResult result(String id, Record rec) {
        String name = id + rec.name().substring(rec.source().length());
        if (rec.error() != null) {
            return FileResult.failed(name, rec.error());
        }
        return gate.audit(name, rec.text());
    }

    /** By name; a {@code .json} file is one text here (a JSON document, not JSON lines) unless the format says jsonl. */
    private String kind(Path p) {
        if (!format.equals("auto")) {
            return format;
        }
        if (Inputs.parquet(p)) {
            return "parquet";
        }
        String name = p.getFileName().toString();
        return Inputs.baseName(name).toLowerCase(java.util.Locale.ROOT).endsWith(".json") ? "text" : Inputs.kind(name);
    }

    /** Starts with the gzip or Zstandard magic bytes. */
    static boolean compressed(Path p) {
        byte[] head;
        try (InputStream in = Files.newInputStream(p)) {
            head = in.readNBytes(4);
        } catch (IOException | RuntimeException e) {
            return false; // the plain reader reports it
        }
        return head.length >= 2 && (head[0] & 0xFF) == 0x1F && (head[1] & 0xFF) == 0x8B
                || head.length == 4 && (head[0] & 0xFF) == 0x28 && (head[1] & 0xFF) == 0xB5 && (head[2] & 0xFF) == 0x2F
                        && (head[3] & 0xFF) == 0xFD;
    }
}
