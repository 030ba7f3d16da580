package org.noisegate.rules.boilerplate;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.noisegate.rule.BaseRule;
import org.noisegate.rule.Category;
import org.noisegate.rule.RuleContext;
import org.noisegate.rule.RuleData;
import org.noisegate.rule.RuleDataException;
import org.noisegate.rule.Severity;
import org.noisegate.text.Document;

/**
 * Metadata a scraper or converter left at the start of a line: {@code date 2025-08-15},
 * {@code url: https://…}, {@code lang=en}. Keys and the kind of value each takes are listed in
 * {@code rules/boilerplate/metadata-keys.tsv}; the value must have that form, so prose that
 * merely starts with the word "date" is not flagged.
 */
final class MetadataHeaderRule extends BaseRule {
    private static final java.util.Map<String, String> VALUES = java.util.Map.of(
            "date", "\\d{4}-\\d{2}-\\d{2}(?:[T ]\\d{2}:\\d{2}(?::\\d{2}(?:\\.\\d+)?)?(?:Z|[+-]\\d{2}:?\\d{2})?)?",
            "url", "(?:https?|ftp)://\\S+",
            "id", "[0-9a-fA-F-]{8,}|\\d+",
            "lang", "[a-z]{2,3}(?:[-_][A-Za-z0-9]{2,8})*",
            "text", "\\S.{0,200}?(?=\\s*$)");

    /** One pattern per field name (lower case), matched where a line starts with that name. */
    private final java.util.Map<String, Pattern> patterns = new java.util.HashMap<>();

    MetadataHeaderRule(RuleData data) {
        super("boilerplate.metadata-header", Category.BOILERPLATE, Severity.WARNING,
                "Leaked metadata fields at a line start (date 2025-08-15, url: …, lang=en).");
        for (RuleData.DataLine l : data.readAll("boilerplate", "metadata-keys*.tsv")) {
            String[] f = l.fields(2);
            String value = VALUES.get(f[1].strip().toLowerCase(Locale.ROOT));
            if (value == null) {
                throw new RuleDataException(l.where() + ": unknown value kind '" + f[1] + "', expected one of "
                        + VALUES.keySet());
            }
            String key = Pattern.quote(f[0].strip());
            // dates, URLs and ids are distinctive enough to follow a plain space; others need ':' or '='
            String kind = f[1].strip().toLowerCase(Locale.ROOT);
            boolean distinctive = kind.equals("date") || kind.equals("url") || kind.equals("id");
            String sep = distinctive ? "[ \\t]*[:=]?[ \\t]+|[ \\t]*[:=][ \\t]*" : "[ \\t]*[:=][ \\t]*";
            patterns.put(f[0].strip().toLowerCase(Locale.ROOT),
                    Pattern.compile("(?i)(" + key + ")\\]?(?:" + sep + ")\"?(?:" + value + ")\"?(?=\\s|$)"));
        }
    }

    @Override
    public void check(Document doc, RuleContext ctx) {
        String t = doc.text();
        for (LineInfo line : LineInfo.of(doc)) {
            org.noisegate.rule.Budget.check();
            int i = line.start();
            if (i < line.end() && t.charAt(i) == '[') {
                i++;
            }
            int w = i;
            while (w < line.end() && (Character.isLetter(t.charAt(w)) || t.charAt(w) == '_') && t.charAt(w) < 0x80) {
                w++;
            }
            Pattern p = w > i ? patterns.get(t.substring(i, w).toLowerCase(Locale.ROOT)) : null;
            if (p == null) {
                continue;
            }
            Matcher m = p.matcher(t).region(i, line.end());
            if (m.lookingAt()) {
                ctx.report(m.start(1), m.end(), "leaked metadata field '" + m.group(1) + "'", "remove the field");
            }
        }
    }
}
