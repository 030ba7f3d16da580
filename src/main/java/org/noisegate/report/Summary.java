package org.noisegate.report;

import java.util.EnumMap;
import java.util.Map;
import org.noisegate.rule.Severity;

/** Totals over a run, accumulated file by file. */
public final class Summary {
    private int files;
    private int skipped;
    private int failed;
    private double scoreSum;
    private double minScore = Double.NaN;
    private final Map<Severity, Long> findings = new EnumMap<>(Severity.class);

    public Summary() {
        for (Severity s : Severity.values()) {
            findings.put(s, 0L);
        }
    }

    public void add(FileResult r) {
        switch (r.status()) {
            case SKIPPED -> skipped++;
            case FAILED -> failed++;
            case AUDITED -> {
                files++;
                scoreSum += r.score();
                minScore = Double.isNaN(minScore) ? r.score() : Math.min(minScore, r.score());
                for (Located l : r.findings()) {
                    findings.merge(l.finding().severity(), 1L, Long::sum);
                }
            }
        }
    }

    public int files() {
        return files;
    }

    public int skipped() {
        return skipped;
    }

    public int failed() {
        return failed;
    }

    public double meanScore() {
        return files == 0 ? Double.NaN : Math.round(scoreSum / files * 10.0) / 10.0;
    }

    public double minScore() {
        return minScore;
    }

    public long findings(Severity s) {
        return findings.get(s);
    }
}
