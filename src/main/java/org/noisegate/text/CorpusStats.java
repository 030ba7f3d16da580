package org.noisegate.text;

import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import org.apache.datasketches.frequencies.LongsSketch;
import org.apache.datasketches.memory.Memory;

/**
 * In how many documents of a corpus each line occurs, in fixed memory: the 64-bit hashes of
 * each document's distinct lines go into a frequent-items sketch (Apache DataSketches
 * {@link LongsSketch}), which keeps the lines that recur, the boilerplate, and forgets the
 * rest. Counts are lower bounds: a line is never counted in more documents than it occurs in,
 * so the statistics can miss a rare repeat but never invent one; below about three quarters
 * of the sketch size in distinct lines they are exact.
 *
 * <p>Statistics are mergeable: each shard of a corpus (a {@code gate} run, a Spark partition)
 * fills its own, {@link #toBytes()} stores it, and {@link #merge} of the shards gives the
 * statistics of the whole corpus, as if one pass had read it. Filling is synchronised; reading
 * ({@link #documentsWith}) is meant for after filling, from any number of threads.
 */
public final class CorpusStats {
    /** Lines shorter than this (trimmed, in chars) are not counted: too common to mean anything. */
    public static final int MIN_LINE = 12;
    /** Lines tracked by {@link #standard()}: 2^18 (about 6 MiB). */
    public static final int STANDARD_SIZE = 1 << 18;
    private static final byte[] MAGIC = "NGCS".getBytes(StandardCharsets.US_ASCII);
    private static final int VERSION = 1;
    private final LongsSketch sketch;
    private long documents;

    /** @param maxLines the most lines tracked at once, a power of two (at least 8) */
    public CorpusStats(int maxLines) {
        if (Integer.bitCount(maxLines) != 1 || maxLines < 8) {
            throw new IllegalArgumentException("maxLines must be a power of two, at least 8: " + maxLines);
        }
        this.sketch = new LongsSketch(maxLines);
    }

    private CorpusStats(LongsSketch sketch, long documents) {
        this.sketch = sketch;
        this.documents = documents;
    }

    public static CorpusStats standard() {
        return new CorpusStats(STANDARD_SIZE);
    }

    /** Counts the distinct lines of one document. */
    public synchronized void add(String text) {
        documents++;
        for (long h : lineHashes(text)) {
            sketch.update(h);
        }
    }

    /** The hashes of the distinct countable lines of a text (the items {@link #add} counts). */
    public static long[] lineHashes(String text) {
        Set<Long> seen = new HashSet<>();
        long[] out = new long[16];
        int n = 0;
        int from = 0;
        int len = text.length();
        while (from <= len) {
            int nl = text.indexOf('\n', from);
            int end = nl < 0 ? len : nl;
            String t = text.substring(from, end).strip();
            if (t.length() >= MIN_LINE) {
                long h = hash(t);
                if (seen.add(h)) {
                    if (n == out.length) {
                        out = Arrays.copyOf(out, n * 2);
                    }
                    out[n++] = h;
                }
            }
            if (nl < 0) {
                break;
            }
            from = nl + 1;
        }
        return Arrays.copyOf(out, n);
    }

    /** Adds the statistics of another shard of the corpus to these. */
    public synchronized CorpusStats merge(CorpusStats other) {
        LongsSketch copy;
        long docs;
        synchronized (other) {
            copy = LongsSketch.getInstance(Memory.wrap(other.sketch.toByteArray()));
            docs = other.documents;
        }
        sketch.merge(copy);
        documents += docs;
        return this;
    }

    /** In how many documents the line (trimmed) occurs, at least (exact for lines tracked all along). */
    public int documentsWith(String line) {
        String t = line.strip();
        if (t.length() < MIN_LINE) {
            return 0;
        }
        return (int) Math.min(Integer.MAX_VALUE, sketch.getLowerBound(hash(t)));
    }

    public synchronized long documents() {
        return documents;
    }

    /** The statistics as bytes, for {@link #fromBytes}: a header, the document count, the sketch. */
    public synchronized byte[] toBytes() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.write(MAGIC);
            out.writeInt(VERSION);
            out.writeLong(documents);
            byte[] s = sketch.toByteArray();
            out.writeInt(s.length);
            out.write(s);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /**
     * Statistics stored by {@link #toBytes}.
     *
     * @throws IllegalArgumentException when the bytes are not corpus statistics of this version
     */
    public static CorpusStats fromBytes(byte[] bytes) {
        try (DataInputStream in = new DataInputStream(new java.io.ByteArrayInputStream(bytes))) {
            byte[] magic = new byte[MAGIC.length];
            in.readFully(magic);
            if (!Arrays.equals(magic, MAGIC)) {
                throw new IllegalArgumentException("not noisegate corpus statistics (they start with NGCS)");
            }
            int version = in.readInt();
            if (version != VERSION) {
                throw new IllegalArgumentException("corpus statistics of format version " + version
                        + "; this noisegate reads version " + VERSION);
            }
            long docs = in.readLong();
            int n = in.readInt();
            if (docs < 0 || n < 0 || n > bytes.length) {
                throw new IllegalArgumentException("corrupt corpus statistics (bad counts)");
            }
            byte[] s = new byte[n];
            in.readFully(s);
            return new CorpusStats(LongsSketch.getInstance(Memory.wrap(s)), docs);
        } catch (IOException e) {
            throw new IllegalArgumentException("truncated corpus statistics", e);
        } catch (RuntimeException e) {
            if (e instanceof IllegalArgumentException) {
                throw e;
            }
            throw new IllegalArgumentException("corrupt corpus statistics: " + e.getMessage(), e);
        }
    }

    /** 64-bit FNV-1a of the UTF-8 bytes. */
    static long hash(String s) {
        long h = 0xcbf29ce484222325L;
        for (byte b : s.getBytes(StandardCharsets.UTF_8)) {
            h ^= b & 0xFF;
            h *= 0x100000001b3L;
        }
        return h;
    }
}
