package org.noisegate.rule;

import java.util.ArrayList;
import java.util.List;
import org.noisegate.text.Span;

/**
 * An example kept beside the rule data: a positive one, in which the rule must report a finding
 * overlapping every «marked» span, or a negative one, on which it must report no warning or
 * error.
 *
 * @param where  file and line it came from
 * @param ruleId the rule it exercises
 * @param lang   the document language to assume, or null to let noisegate guess
 * @param text   the example text with the marks removed and escapes resolved
 * @param marked the marked spans (positive examples only)
 */
public record Example(String where, String ruleId, String lang, boolean positive, String text, List<Span> marked,
                      List<byte[]> rawRuns, boolean html) {

    /** The marked texts, for HTML examples whose marks stand in the page source. */
    public List<String> markedTexts() {
        return marked.stream().map(s -> text.substring(s.start(), s.end())).toList();
    }

    /** True when the example holds raw bytes ({@code \\xHH}) and must be audited as bytes. */
    public boolean hasRawBytes() {
        return !rawRuns.isEmpty();
    }

    /**
     * The example as UTF-8 bytes, each run of {@code \\xHH} escapes written as those raw bytes.
     * In {@link #text()} each such run stands as one U+FFFD, as the decoder reports it.
     */
    public byte[] bytes() {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        int run = 0;
        int from = 0;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\uFFFD' && run < rawRuns.size()) {
                out.writeBytes(text.substring(from, i).getBytes(java.nio.charset.StandardCharsets.UTF_8));
                out.writeBytes(rawRuns.get(run++));
                from = i + 1;
            }
        }
        out.writeBytes(text.substring(from).getBytes(java.nio.charset.StandardCharsets.UTF_8));
        return out.toByteArray();
    }

    /**
     * Parses every example file of the rule data: {@code *.txt} in an {@code examples/} folder, or
     * {@code examples*.txt}. Format: {@code [rule.id]} starts a
     * block, {@code lang: xx} sets the language, {@code + text} is a positive example,
     * {@code - text} a negative one; in a text {@code \n} is a line break, {@code \t} a tab,
     * {@code \\} a backslash, {@code \\uXXXX} a UTF-16 code unit and {@code \\xHH} a raw byte (a run
     * of them stands for an invalid byte sequence).
     */
    public static List<Example> load(RuleData data) {
        List<Example> out = new ArrayList<>();
        for (var file : data.files("", "*.txt")) {
            boolean inExamples = file.getParent() != null && file.getParent().getFileName() != null
                    && file.getParent().getFileName().toString().equals("examples");
            if (!inExamples && !file.getFileName().toString().startsWith("examples")) {
                continue;
            }
            String lang = null;
            String section = null;
            for (RuleData.DataLine l : RuleData.read(file)) {
                if (!l.section().equals(section)) {
                    section = l.section();
                    lang = null;
                }
                String t = l.text();
                if (t.startsWith("lang:")) {
                    lang = t.substring(5).strip();
                    continue;
                }
                if (section.isEmpty()) {
                    throw new RuleDataException(l.where() + ": example outside a [rule.id] block");
                }
                if (t.startsWith("+ ") || t.startsWith("- ")) {
                    String body = t.substring(2);
                    boolean html = body.startsWith("html: ");
                    Example e = parse(l.where(), section, lang, t.charAt(0) == '+', html ? body.substring(6) : body);
                    out.add(html ? new Example(e.where(), e.ruleId(), e.lang(), e.positive(), e.text(), e.marked(),
                            e.rawRuns(), true) : e);
                } else {
                    throw new RuleDataException(l.where() + ": expected '+ ', '- ' or 'lang:', found: " + t);
                }
            }
        }
        return out;
    }

    static Example parse(String where, String ruleId, String lang, boolean positive, String raw) {
        try {
            return parseEscaped(where, ruleId, lang, positive, raw);
        } catch (NumberFormatException e) {
            throw new RuleDataException(where + ": bad \\u or \\x escape: " + e.getMessage());
        }
    }

    private static Example parseEscaped(String where, String ruleId, String lang, boolean positive, String raw) {
        StringBuilder b = new StringBuilder();
        List<Span> marks = new ArrayList<>();
        List<byte[]> rawRuns = new ArrayList<>();
        int open = -1;
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == '\\' && i + 1 < raw.length()) {
                char e = raw.charAt(++i);
                if (e == 'u' && i + 4 < raw.length()) {
                    b.append((char) Integer.parseInt(raw.substring(i + 1, i + 5), 16));
                    i += 4;
                } else if (e == 'x' && i + 2 < raw.length()) {
                    java.io.ByteArrayOutputStream run = new java.io.ByteArrayOutputStream();
                    run.write(Integer.parseInt(raw.substring(i + 1, i + 3), 16));
                    i += 2;
                    while (raw.startsWith("\\x", i + 1) && i + 4 < raw.length()) {
                        run.write(Integer.parseInt(raw.substring(i + 3, i + 5), 16));
                        i += 4;
                    }
                    rawRuns.add(run.toByteArray());
                    b.append('\uFFFD');
                } else {
                    b.append(e == 'n' ? '\n' : e == 't' ? '\t' : e == 'f' ? '\f' : e);
                }
            } else if (c == '«') {
                if (open >= 0) {
                    throw new RuleDataException(where + ": nested «");
                }
                open = b.length();
            } else if (c == '»') {
                if (open < 0) {
                    throw new RuleDataException(where + ": » without «");
                }
                marks.add(new Span(open, b.length()));
                open = -1;
            } else {
                b.append(c);
            }
        }
        if (open >= 0) {
            throw new RuleDataException(where + ": « without »");
        }
        if (positive && marks.isEmpty()) {
            throw new RuleDataException(where + ": a positive example needs a «marked» span");
        }
        if (!positive && !marks.isEmpty()) {
            throw new RuleDataException(where + ": a negative example has no marks");
        }
        return new Example(where, ruleId, lang, positive, b.toString(), List.copyOf(marks), List.copyOf(rawRuns), false);
    }
}
