package org.noisegate.compare;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.noisegate.text.Span;

/**
 * How the versions are aligned: line by line (line N of each version translates line N of
 * the others, blank lines not counted), paragraph by paragraph (blocks between blank lines),
 * or as whole documents. {@code AUTO} takes lines when every version has the same number of
 * them, else paragraphs when those agree, else documents.
 */
public enum Align {
    AUTO, LINES, PARAGRAPHS, DOCUMENT;

    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Align of(String key) {
        for (Align a : values()) {
            if (a.key().equals(key.strip().toLowerCase(Locale.ROOT))) {
                return a;
            }
        }
        throw new IllegalArgumentException("--align takes auto, lines, paragraphs or document, not '" + key + "'");
    }

    /** The units of each version under this alignment: {@code units.get(u)[v]} is unit u of version v. */
    record Units(Align mode, List<Span[]> units) {
    }

    Units split(List<Version> versions) {
        if (this == DOCUMENT || versions.size() < 2) {
            Span[] all = new Span[versions.size()];
            for (int v = 0; v < all.length; v++) {
                all[v] = new Span(0, versions.get(v).text().length());
            }
            return new Units(DOCUMENT, List.<Span[]>of(all));
        }
        List<List<Span>> lines = versions.stream().map(v -> lines(v.text())).toList();
        List<List<Span>> paragraphs = versions.stream().map(v -> paragraphs(v.text())).toList();
        boolean sameLines = lines.stream().allMatch(l -> l.size() == lines.get(0).size());
        boolean sameParagraphs = paragraphs.stream().allMatch(p -> p.size() == paragraphs.get(0).size());
        Align mode = this;
        if (this == AUTO) { // one line each is a document
            mode = sameLines && lines.get(0).size() > 1 ? LINES
                    : sameParagraphs && paragraphs.get(0).size() > 1 ? PARAGRAPHS : DOCUMENT;
            if (mode == DOCUMENT) {
                return DOCUMENT.split(versions);
            }
        }
        List<List<Span>> chosen = mode == LINES ? lines : paragraphs;
        if (!(mode == LINES ? sameLines : sameParagraphs)) {
            StringBuilder b = new StringBuilder();
            for (int v = 0; v < versions.size(); v++) {
                b.append(v == 0 ? "" : ", ").append(versions.get(v).path()).append(' ').append(chosen.get(v).size());
            }
            throw new IllegalArgumentException("--align " + mode.key() + ": the versions have different numbers of "
                    + mode.key() + " (" + b + "); align them, or compare them as whole documents with --align document");
        }
        List<Span[]> units = new ArrayList<>();
        for (int u = 0; u < chosen.get(0).size(); u++) {
            Span[] s = new Span[versions.size()];
            for (int v = 0; v < s.length; v++) {
                s[v] = chosen.get(v).get(u);
            }
            units.add(s);
        }
        return new Units(mode, units);
    }

    /** Spans of the lines that are not blank, without their line ending. */
    static List<Span> lines(String t) {
        List<Span> out = new ArrayList<>();
        int start = 0;
        for (int i = 0; i <= t.length(); i++) {
            if (i == t.length() || t.charAt(i) == '\n') {
                int end = i > start && t.charAt(i - 1) == '\r' && i < t.length() ? i - 1 : i;
                if (!t.substring(start, end).isBlank()) {
                    out.add(new Span(start, end));
                }
                start = i + 1;
            }
        }
        return out;
    }

    /** Spans of runs of non-blank lines. */
    static List<Span> paragraphs(String t) {
        List<Span> out = new ArrayList<>();
        Span open = null;
        int prevEnd = -1;
        for (Span l : lines(t)) {
            boolean adjacent = open != null && t.substring(prevEnd, l.start()).chars().filter(c -> c == '\n').count() <= 1;
            if (adjacent) {
                open = new Span(open.start(), l.end());
            } else {
                if (open != null) {
                    out.add(open);
                }
                open = l;
            }
            prevEnd = l.end();
        }
        if (open != null) {
            out.add(open);
        }
        return out;
    }
}
