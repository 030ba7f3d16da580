package org.noisegate.spark;

import java.util.Map;
import java.util.TreeMap;
import org.noisegate.pipeline.GateDecision;
import org.noisegate.report.FileResult;
import org.noisegate.report.Located;
import org.noisegate.rule.Category;
import org.noisegate.rule.Severity;

/**
 * The counts of one part of a job (a unit, or the whole corpus once merged): documents kept,
 * rejected and in error, per language and category, a score histogram and how many documents
 * each rule fired on. Mutable while a task counts; written as JSON (public fields) in the done
 * marker of its unit.
 */
public final class Tally {
    public long documents;
    public long kept;
    public long rejected;
    public long errors;
    /** documents by score: [0,10), [10,20) … [90,100] */
    public long[] histogram = new long[10];
    public Map<String, Language> languages = new TreeMap<>();
    public Map<String, Loss> categories = new TreeMap<>();
    /** documents on which a rule reported an error or warning */
    public Map<String, Long> rules = new TreeMap<>();

    /** One language's documents. */
    public static final class Language {
        public long documents;
        public long kept;
        public long rejected;
        public double scoreSum;
    }

    /** One category: how many documents lost points to it, and the points lost in all. */
    public static final class Loss {
        public long documents;
        public double pointsLost;
    }

    void add(GateDecision.Outcome o, FileResult r) {
        documents++;
        if (o.error()) {
            errors++;
            return;
        }
        if (o.keep()) {
            kept++;
        } else {
            rejected++;
        }
        histogram[Math.min(9, Math.max(0, (int) Math.floor(r.score() / 10)))]++;
        Language l = languages.computeIfAbsent(r.language() == null ? "und" : r.language(), k -> new Language());
        l.documents++;
        l.kept += o.keep() ? 1 : 0;
        l.rejected += o.keep() ? 0 : 1;
        l.scoreSum += r.score();
        for (Map.Entry<Category, Double> e : r.categories().entrySet()) {
            double lost = 100.0 - e.getValue();
            if (lost > 0) {
                Loss c = categories.computeIfAbsent(e.getKey().key(), k -> new Loss());
                c.documents++;
                c.pointsLost += lost;
            }
        }
        r.findings().stream().filter(f -> f.finding().severity() != Severity.INFO).map(Located::finding)
                .map(f -> f.ruleId()).distinct().forEach(id -> rules.merge(id, 1L, Long::sum));
    }

    /** Adds another tally's counts to this one. */
    Tally merge(Tally o) {
        documents += o.documents;
        kept += o.kept;
        rejected += o.rejected;
        errors += o.errors;
        for (int i = 0; i < histogram.length; i++) {
            histogram[i] += o.histogram[i];
        }
        o.languages.forEach((k, v) -> {
            Language l = languages.computeIfAbsent(k, x -> new Language());
            l.documents += v.documents;
            l.kept += v.kept;
            l.rejected += v.rejected;
            l.scoreSum += v.scoreSum;
        });
        o.categories.forEach((k, v) -> {
            Loss c = categories.computeIfAbsent(k, x -> new Loss());
            c.documents += v.documents;
            c.pointsLost += v.pointsLost;
        });
        o.rules.forEach((k, v) -> rules.merge(k, v, Long::sum));
        return this;
    }
}
