package org.noisegate.source;

import io.airlift.compress.zstd.ZstdInputStream;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.zip.GZIPInputStream;

/** Opens inputs, decompressing gzip and Zstandard transparently (by magic bytes, whatever the name). */
public final class Inputs {
    private Inputs() {
    }

    public static InputStream open(Path p) throws IOException {
        return decompress(Files.newInputStream(p));
    }

    /** Wraps a stream in the decompressor its first bytes call for. */
    public static InputStream decompress(InputStream raw) throws IOException {
        BufferedInputStream in = new BufferedInputStream(raw, 1 << 16);
        in.mark(4);
        byte[] head = in.readNBytes(4);
        in.reset();
        if (head.length >= 2 && (head[0] & 0xFF) == 0x1F && (head[1] & 0xFF) == 0x8B) {
            return new BufferedInputStream(new GZIPInputStream(in, 1 << 16), 1 << 16);
        }
        if (head.length == 4 && (head[0] & 0xFF) == 0x28 && (head[1] & 0xFF) == 0xB5 && (head[2] & 0xFF) == 0x2F
                && (head[3] & 0xFF) == 0xFD) {
            return new BufferedInputStream(new ZstdInputStream(in), 1 << 16);
        }
        return in;
    }

    /**
     * A Parquet file: named {@code .parquet}, or starting with Parquet's magic bytes {@code PAR1}
     * (here, not in the Parquet reader, so that telling costs no loading of the Parquet library).
     */
    public static boolean parquet(Path p) {
        Path name = p.getFileName();
        if (name != null && name.toString().toLowerCase(Locale.ROOT).endsWith(".parquet")) {
            return true;
        }
        try (InputStream in = Files.newInputStream(p)) {
            byte[] head = in.readNBytes(4);
            return head.length == 4 && head[0] == 'P' && head[1] == 'A' && head[2] == 'R' && head[3] == '1';
        } catch (IOException | RuntimeException e) {
            return false; // the plain reader reports it
        }
    }

    /** The name without compression suffixes: "a.jsonl.gz" → "a.jsonl". */
    public static String baseName(String name) {
        String n = name;
        String lower = n.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".gz")) {
            n = n.substring(0, n.length() - 3);
        } else if (lower.endsWith(".zst")) {
            n = n.substring(0, n.length() - 4);
        }
        return n;
    }

    /** The input kind by name: jsonl, html or text. */
    public static String kind(String name) {
        String lower = baseName(name).toLowerCase(Locale.ROOT);
        if (lower.endsWith(".jsonl") || lower.endsWith(".ndjson") || lower.endsWith(".json")) {
            return "jsonl";
        }
        if (lower.endsWith(".html") || lower.endsWith(".htm") || lower.endsWith(".xhtml")) {
            return "html";
        }
        return "text";
    }
}
