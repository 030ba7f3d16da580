package org.noisegate.compare;

import java.util.ArrayList;
import java.util.List;
import org.noisegate.report.FileResult;
import org.noisegate.report.Located;
import org.noisegate.rule.Category;
import org.noisegate.rule.Finding;
import org.noisegate.score.Scorer;
import org.noisegate.text.LineMap;

/** A comparison's findings as the reports' file results, one per version. */
public final class Results {
    private static final Scorer SCORER = new Scorer();

    private Results() {
    }

    /** The findings of one version, category {@code consistency}. */
    public static List<Finding> findings(Comparison c, int version) {
        List<Finding> out = new ArrayList<>();
        for (Disagreement d : c.of(version)) {
            out.add(new Finding(d.ruleId(), Category.CONSISTENCY, d.severity(), d.span(), d.text(), d.message(),
                    d.suggestion()));
        }
        return out;
    }

    /**
     * The result of one version: its consistency findings and {@code more} (an audit's findings,
     * or none), scored with a category score for consistency (and the audit's categories when
     * {@code audited}).
     */
    public static FileResult result(Comparison c, int version, List<Finding> more, boolean audited) {
        Version v = c.versions().get(version);
        List<Finding> all = new ArrayList<>(more);
        all.addAll(findings(c, version));
        all.sort(java.util.Comparator.comparingInt((Finding f) -> f.span().start()).thenComparing(Finding::ruleId));
        List<Category> shown = new ArrayList<>(audited ? Category.audit() : List.of());
        shown.add(Category.CONSISTENCY);
        Scorer.Score s = SCORER.score(v.text(), all, shown);
        LineMap lines = new LineMap(v.text());
        List<Located> located = new ArrayList<>(all.size());
        for (Finding f : all) {
            int a = f.span().start();
            int b = f.span().end();
            located.add(new Located(f, lines.line(a), lines.column(a), lines.line(b), lines.column(b),
                    lines.codePointOffset(a), lines.codePointOffset(b)));
        }
        return new FileResult(v.path(), FileResult.Status.AUDITED, "", v.language(),
                org.noisegate.text.Scripts.code(v.script()), s.total(), s.categories(), s.deductions(), located, v.text());
    }
}
