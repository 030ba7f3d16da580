package org.noisegate.text;

import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.atomic.AtomicIntegerArray;

/**
 * How many documents of a corpus each line occurs in, estimated in fixed memory with a
 * count-min sketch of line hashes (no map of strings): {@value #DEPTH} rows of {@code width}
 * counters. Estimates never undercount; they overcount only by collisions. Safe to fill from
 * several threads.
 */
public final class CorpusStats {
    static final int DEPTH = 4;
    /** Lines shorter than this (trimmed, in chars) are not counted: too common to mean anything. */
    public static final int MIN_LINE = 12;
    private final int width;
    private final AtomicIntegerArray counts;
    private final java.util.concurrent.atomic.AtomicLong documents = new java.util.concurrent.atomic.AtomicLong();

    /** @param width counters per row, a power of two (2^20 = 16 MiB in all) */
    public CorpusStats(int width) {
        if (Integer.bitCount(width) != 1) {
            throw new IllegalArgumentException("width must be a power of two: " + width);
        }
        this.width = width;
        this.counts = new AtomicIntegerArray(width * DEPTH);
    }

    public static CorpusStats standard() {
        return new CorpusStats(1 << 20);
    }

    /** Counts the distinct lines of one document. */
    public void add(String text) {
        documents.incrementAndGet();
        Set<Long> seen = new HashSet<>();
        for (String line : text.split("\n")) {
            String t = line.strip();
            if (t.length() >= MIN_LINE) {
                long h = hash(t);
                if (seen.add(h)) {
                    for (int d = 0; d < DEPTH; d++) {
                        counts.incrementAndGet(d * width + slot(h, d));
                    }
                }
            }
        }
    }

    /** In how many documents the line (trimmed) occurs, at most. */
    public int documentsWith(String line) {
        String t = line.strip();
        if (t.length() < MIN_LINE) {
            return 0;
        }
        long h = hash(t);
        int min = Integer.MAX_VALUE;
        for (int d = 0; d < DEPTH; d++) {
            min = Math.min(min, counts.get(d * width + slot(h, d)));
        }
        return min;
    }

    public long documents() {
        return documents.get();
    }

    private int slot(long h, int d) {
        long x = h * (0x9E3779B97F4A7C15L + 2L * d + 1) ^ (h >>> (17 + d));
        return (int) (x ^ (x >>> 32)) & (width - 1);
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
