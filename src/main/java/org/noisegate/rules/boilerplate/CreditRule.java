package org.noisegate.rules.boilerplate;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.noisegate.rule.BaseRule;
import org.noisegate.rule.Category;
import org.noisegate.rule.RuleContext;
import org.noisegate.rule.RuleData;
import org.noisegate.rule.Severity;
import org.noisegate.text.Document;
import org.noisegate.text.Folded;

/**
 * Photo and agency credits: agency names (and upper-case acronyms joined to them with '/'),
 * alone on a line or at the end of a caption after its closing punctuation
 * ("… in Ukraine. KCNA/EPA/Shutterstock", "… AP"), or after a credit label such as "Photo:".
 * Agencies and labels are listed in {@code rules/boilerplate/credits.txt}.
 */
final class CreditRule extends BaseRule {
    /** A credit chain: names joined by '/', ' / ', ' via ' or ', '. */
    private static final Pattern CHAIN = Pattern.compile(
            "(?:^|(?<=[.!?…।؟۔。\"”»)]\\s{1,3}))(\\p{L}[\\p{L}\\p{N}&.'’\\-]*(?: \\p{Lu}[\\p{L}\\p{N}&.'’\\-]*){0,2}"
                    + "(?:\\s*(?:/|\\bvia\\b|,)\\s*\\p{L}[\\p{L}\\p{N}&.'’\\-]*(?: \\p{Lu}[\\p{L}\\p{N}&.'’\\-]*){0,2}){0,4})"
                    + "\\s*$");
    private final Set<String> agencies = new HashSet<>();
    private final Set<String> labels = new HashSet<>();

    CreditRule(RuleData data) {
        super("boilerplate.credit", Category.BOILERPLATE, Severity.WARNING,
                "Photo and news-agency credits (KCNA/EPA/Shutterstock, AP, Photo: Reuters).");
        for (RuleData.DataLine l : data.readAll("boilerplate", "credits*.txt")) {
            String t = l.text().strip();
            if (l.section().equals("labels")) {
                labels.add(PhraseMatcher.key(t));
            } else {
                agencies.add(t.toLowerCase(Locale.ROOT));
            }
        }
    }

    /** One credit found in a line: where, and what was matched. */
    private record Hit(int start, int end, String message) {
    }

    @Override
    public void check(Document doc, RuleContext ctx) {
        for (Hit h : hits(doc)) {
            if (h != null) {
                ctx.report(h.start(), h.end(), h.message(), "remove the credit");
            }
        }
    }

    /** The lines (by index) that carry a credit this rule reports. */
    boolean[] lines(Document doc) {
        List<Hit> hits = hits(doc);
        boolean[] out = new boolean[hits.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = hits.get(i) != null;
        }
        return out;
    }

    /** Per line (by index), the credit in it or null; computed once per document. */
    private List<Hit> hits(Document doc) {
        return doc.derived(this, this::find);
    }

    private List<Hit> find(Document doc) {
        List<Hit> out = new java.util.ArrayList<>();
        for (LineInfo line : LineInfo.of(doc)) {
            org.noisegate.rule.Budget.check();
            out.add(null);
            if (line.blank()) {
                continue;
            }
            String t = line.text();
            int colon = t.indexOf(':');
            if (colon > 0 && colon < 30 && labels.contains(PhraseMatcher.key(t.substring(0, colon)))
                    && t.length() < 120) {
                out.set(line.index(), new Hit(line.start(), line.end(), "photo or agency credit"));
                continue;
            }
            if (!endsWithCreditWord(t)) {
                continue; // the expensive pattern only where the last word could be a credit
            }
            Matcher m = CHAIN.matcher(t);
            if (m.find() && isCredit(m.group(1))) {
                out.set(line.index(), new Hit(line.start() + m.start(1), line.start() + m.end(1),
                        "photo or agency credit '" + m.group(1) + "'"));
            }
        }
        return out;
    }

    private static final java.util.regex.Pattern ACRONYM = java.util.regex.Pattern.compile("\\p{Lu}[\\p{Lu}\\d-]{1,9}");

    private boolean endsWithCreditWord(String t) {
        int end = t.length();
        int start = end;
        while (start > 0 && !Character.isWhitespace(t.charAt(start - 1)) && t.charAt(start - 1) != '/') {
            start--;
        }
        String last = t.substring(start, end);
        String lower = last.toLowerCase(Locale.ROOT);
        return agencies.contains(lower) || agencies.contains(head(lower))
                || ACRONYM.matcher(last).matches() || Folded.endsWith(t, " images");
    }

    /** The first word or hyphen-part ("epa" of "epa-efe"), or the whole when there is none. */
    private static String head(String lower) {
        for (String p : lower.split("[-\\s]")) {
            if (!p.isEmpty()) {
                return p;
            }
        }
        return lower;
    }

    /** Every part is an agency or an upper-case acronym, and at least one is a known agency. */
    private boolean isCredit(String chain) {
        boolean known = false;
        for (String part : chain.split("\\s*(?:/|\\bvia\\b|,)\\s*")) {
            String p = part.strip();
            if (p.isEmpty()) {
                return false;
            }
            String lower = p.toLowerCase(Locale.ROOT);
            if (agencies.contains(lower)) {
                known = true;
                continue;
            }
            if (agencies.contains(head(lower))) {
                known = true;
                continue;
            }
            if (!p.matches("\\p{Lu}[\\p{Lu}\\d-]{1,9}")) {
                return false;
            }
        }
        return known;
    }
}
