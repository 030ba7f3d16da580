package org.noisegate.spark;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.apache.spark.broadcast.Broadcast;
import org.noisegate.NoiseGate;
import org.noisegate.text.CorpusStats;

/**
 * The auditors of this JVM: one per configuration, built on first use and shared by every task
 * and partition the executor runs (a NoiseGate is immutable and thread-safe; building one reads
 * and compiles the rule data, which takes about a second). Broadcast corpus statistics are
 * decoded once per broadcast, likewise.
 */
final class Auditors {
    private static final ConcurrentMap<AuditorConfig, NoiseGate> GATES = new ConcurrentHashMap<>();
    private static final ConcurrentMap<Long, CorpusStats> STATS = new ConcurrentHashMap<>();

    private Auditors() {
    }

    static NoiseGate get(AuditorConfig config) {
        return GATES.computeIfAbsent(config, AuditorConfig::build);
    }

    /** The corpus statistics a broadcast carries (null for none), decoded once per JVM. */
    static CorpusStats stats(Broadcast<byte[]> stats) {
        if (stats == null) {
            return null;
        }
        CorpusStats s = STATS.get(stats.id());
        if (s == null) {
            synchronized (STATS) {
                s = STATS.get(stats.id());
                if (s == null) {
                    STATS.clear(); // one job's statistics at a time: earlier broadcasts are done with
                    s = CorpusStats.fromBytes(stats.value());
                    STATS.put(stats.id(), s);
                }
            }
        }
        return s;
    }
}
