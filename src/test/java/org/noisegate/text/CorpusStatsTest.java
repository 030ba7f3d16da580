package org.noisegate.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class CorpusStatsTest {
    private static final String FOOTER = "All rights reserved by the publisher";

    private static List<String> corpus(int n, long seed) {
        Random r = new Random(seed);
        List<String> docs = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            StringBuilder b = new StringBuilder();
            for (int l = 0; l < 5; l++) {
                b.append("unique line number ").append(r.nextLong()).append('\n');
            }
            if (i % 3 == 0) {
                b.append(FOOTER).append('\n').append("  ").append(FOOTER).append("  \n"); // twice: counts once
            }
            docs.add(b.toString());
        }
        return docs;
    }

    @Test
    void countsDocumentsNotOccurrencesAndIgnoresShortLines() {
        CorpusStats s = new CorpusStats(1 << 10);
        for (String d : corpus(30, 1)) {
            s.add(d);
        }
        assertEquals(30, s.documents());
        assertEquals(10, s.documentsWith(FOOTER));
        assertEquals(10, s.documentsWith("\t" + FOOTER + " "));
        assertEquals(0, s.documentsWith("never seen in any document"));
        CorpusStats shortLines = new CorpusStats(16);
        shortLines.add("Home\nHome");
        shortLines.add("Home");
        assertEquals(0, shortLines.documentsWith("Home"));
    }

    @Test
    void shardsMergedEqualOnePass() {
        List<String> docs = corpus(60, 2);
        CorpusStats whole = new CorpusStats(1 << 10);
        CorpusStats a = new CorpusStats(1 << 10);
        CorpusStats b = new CorpusStats(1 << 10);
        for (int i = 0; i < docs.size(); i++) {
            whole.add(docs.get(i));
            (i < 25 ? a : b).add(docs.get(i));
        }
        CorpusStats merged = CorpusStats.fromBytes(a.toBytes()).merge(CorpusStats.fromBytes(b.toBytes()));
        assertEquals(whole.documents(), merged.documents());
        assertEquals(whole.documentsWith(FOOTER), merged.documentsWith(FOOTER));
        assertEquals(20, merged.documentsWith(FOOTER));
        for (String line : docs.get(7).split("\n")) {
            assertEquals(whole.documentsWith(line), merged.documentsWith(line), line);
        }
    }

    @Test
    void aSmallSketchNeverOvercountsAndKeepsTheHeavyLine() {
        // 64 slots for 1,600 line occurrences: the footer (100) is above the sketch's error bound
        CorpusStats s = new CorpusStats(64);
        List<String> docs = corpus(300, 3);
        for (String d : docs) {
            s.add(d);
        }
        int footer = s.documentsWith(FOOTER);
        assertTrue(footer > 0 && footer <= 100, "footer counted " + footer + " of 100");
        for (String d : docs.subList(0, 20)) {
            for (String line : d.split("\n")) {
                if (!line.strip().equals(FOOTER)) {
                    assertTrue(s.documentsWith(line) <= 1, line + " counted " + s.documentsWith(line));
                }
            }
        }
    }

    @Test
    void badBytesAreRejectedWithAReason() {
        byte[] good = new CorpusStats(16).toBytes();
        IllegalArgumentException notOurs = assertThrows(IllegalArgumentException.class,
                () -> CorpusStats.fromBytes("PK\u0003\u0004 a zip file".getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        assertTrue(notOurs.getMessage().contains("not noisegate corpus statistics"), notOurs.getMessage());
        assertThrows(IllegalArgumentException.class, () -> CorpusStats.fromBytes(Arrays.copyOf(good, good.length - 3)));
        byte[] flipped = good.clone();
        flipped[good.length - 1] ^= 0x7F;
        flipped[24] ^= 0x55;
        try {
            CorpusStats.fromBytes(flipped);
        } catch (IllegalArgumentException expected) {
            // a clear error is fine; a wrong result or another exception is not
        }
        assertThrows(IllegalArgumentException.class, () -> new CorpusStats(1000));
    }
}
