package org.noisegate.calibration;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.noisegate.lang.LanguageIdentifier;
import org.noisegate.rule.Rule;
import org.noisegate.text.Document;
import org.noisegate.text.LineMap;

/**
 * Measures clean text per language and chooses each calibrated rule's thresholds so that, on that
 * text, the share of false alarms stays under a target. Not thread-safe: one run feeds one
 * calibrator.
 *
 * <p>The budget is split evenly: with target share {@code p}, a language with {@code n} lines and
 * {@code r} line-level calibrated rules lets each rule flag at most {@code floor(p·n/r)} of its
 * clean lines (documents for document-level rules), so that together they stay under {@code p}.
 *
 * <p>Two guards keep a small or odd sample from switching rules off: a language with fewer than
 * {@code minLines} clean lines is not calibrated at all (it keeps the defaults, and {@link
 * #calibrated} says so), and no threshold goes past its {@link Threshold#loosest} value, where the
 * rule could no longer flag anything ({@link #held} lists those).
 */
public final class Calibrator {
    private final List<Calibrated> rules = new ArrayList<>();
    private final LanguageIdentifier languages;
    private final Map<String, Sample> byLanguage = new TreeMap<>();
    private final long minLines;

    /** The clean lines a language needs by default before its thresholds are calibrated. */
    public static final long DEFAULT_MIN_LINES = 200;

    public Calibrator(Iterable<Rule> rules, LanguageIdentifier languages) {
        this(rules, languages, DEFAULT_MIN_LINES);
    }

    /** @param minLines the clean (non-blank) lines a language needs to be calibrated */
    public Calibrator(Iterable<Rule> rules, LanguageIdentifier languages, long minLines) {
        if (minLines < 1) {
            throw new IllegalArgumentException("--min-lines must be at least 1, not " + minLines);
        }
        this.minLines = minLines;
        for (Rule r : rules) {
            if (r instanceof Calibrated c) {
                this.rules.add(c);
            }
        }
        this.languages = languages;
    }

    /** What one language's clean sample showed. */
    private static final class Sample {
        long documents;
        long lines;
        final Map<String, Observations> observed = new LinkedHashMap<>();
    }

    /**
     * Observes one clean document.
     *
     * @param language its language, or null to identify it as the auditor would
     * @return the language it was counted under
     */
    public String add(String id, String text, String language) {
        int script = LanguageIdentifier.dominantScript(text);
        String lang = language != null ? language : languages.identify(text, script);
        Document doc = new Document(id, text, lang, script, List.of());
        Sample s = byLanguage.computeIfAbsent(lang, k -> new Sample());
        s.documents++;
        LineMap m = doc.lines();
        for (int i = 0; i < m.lineCount(); i++) {
            if (!text.substring(m.lineStart(i), m.lineEnd(i)).isBlank()) {
                s.lines++;
            }
        }
        for (Calibrated r : rules) {
            r.observe(doc, s.observed.computeIfAbsent(r.id(), k -> new Observations()));
        }
        return lang;
    }

    /** What calibration chose for one language: the thresholds, and those held at their loosest bound. */
    private record Choice(Map<String, Double> thresholds, List<String> held) {
    }

    /**
     * The thresholds of one language for a target false-alarm share; empty (the defaults hold)
     * when the language was not seen or its sample is under the minimum.
     */
    public Map<String, Double> thresholds(String language, double target) {
        return choose(language, target).thresholds();
    }

    /**
     * The thresholds of the language that the sample would have loosened past the point where the
     * rule is off, each held at its loosest value instead, as {@code key chosen → held}.
     */
    public List<String> held(String language, double target) {
        return choose(language, target).held();
    }

    /** True when the language's sample is large enough to be calibrated. */
    public boolean calibrated(String language) {
        Sample s = byLanguage.get(language);
        return s != null && s.lines >= minLines;
    }

    /** The clean lines seen of a language. */
    public long lines(String language) {
        Sample s = byLanguage.get(language);
        return s == null ? 0 : s.lines;
    }

    public long minLines() {
        return minLines;
    }

    private Choice choose(String language, double target) {
        Sample s = byLanguage.get(language);
        Map<String, Double> out = new TreeMap<>();
        List<String> held = new ArrayList<>();
        if (s == null || s.lines < minLines) {
            return new Choice(out, held);
        }
        long lineRules = rules.stream().filter(r -> !r.perDocument()).count();
        long docRules = rules.size() - lineRules;
        for (Calibrated r : rules) {
            long units = r.perDocument() ? s.documents : s.lines;
            long allowed = (long) Math.floor(target * units / Math.max(1, r.perDocument() ? docRules : lineRules));
            Map<String, Double> chosen = r.choose(s.observed.get(r.id()).values(), allowed);
            for (Threshold t : r.thresholds()) {
                Double v = chosen.get(t.key());
                if (v != null && t.disables(v)) {
                    held.add(t.key() + " " + fmt(v) + " → " + fmt(t.loosest()));
                    chosen = new java.util.HashMap<>(chosen);
                    chosen.put(t.key(), t.loosest());
                }
            }
            out.putAll(chosen);
        }
        return new Choice(out, List.copyOf(held));
    }

    private static String fmt(double v) {
        return java.math.BigDecimal.valueOf(v).stripTrailingZeros().toPlainString();
    }

    public List<String> languages() {
        return List.copyOf(byLanguage.keySet());
    }

    /** Writes the calibration file: per language, the sample's size, its statistics and the thresholds. */
    public void write(Writer out, double target, List<String> sources) throws IOException {
        ObjectMapper yaml = new ObjectMapper(new YAMLFactory().disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
                .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES));
        ObjectNode root = yaml.createObjectNode();
        root.put("version", 1);
        root.put("maxFalseAlarms", target);
        root.put("minLines", minLines);
        sources.forEach(root.withArray("sources")::add);
        ObjectNode langs = root.putObject("languages");
        for (Map.Entry<String, Sample> e : byLanguage.entrySet()) {
            Sample s = e.getValue();
            ObjectNode l = langs.putObject(e.getKey());
            l.put("documents", s.documents);
            l.put("lines", s.lines);
            ObjectNode stats = l.putObject("statistics");
            for (Calibrated r : rules) {
                List<double[]> units = s.observed.get(r.id()).values();
                ObjectNode st = stats.putObject(r.id());
                st.put("units", units.size());
                st.put("share", round(units.size() / (double) Math.max(1, r.perDocument() ? s.documents : s.lines)));
                for (int i = 0; i < r.statistics().size(); i++) {
                    final int k = i;
                    double[] v = units.stream().mapToDouble(u -> u[k]).filter(d -> !Double.isNaN(d)).sorted().toArray();
                    if (v.length > 0) {
                        ObjectNode d = st.putObject(r.statistics().get(i));
                        d.put("p50", round(Quantiles.quantile(v, 0.5)));
                        d.put("p99", round(Quantiles.quantile(v, 0.99)));
                        d.put("min", round(v[0]));
                        d.put("max", round(v[v.length - 1]));
                    }
                }
            }
            if (s.lines < minLines) {
                l.put("defaults", "not calibrated: " + s.lines + " clean lines, fewer than the " + minLines
                        + " a language needs (calibrate --min-lines)");
                continue;
            }
            ObjectNode t = l.putObject("thresholds");
            thresholds(e.getKey(), target).forEach(t::put);
        }
        out.write(HEADER);
        yaml.writeValue(out, root);
    }

    private static double round(double v) {
        return Math.round(v * 1000) / 1000.0;
    }

    private static final String HEADER = """
            # noisegate calibration: per-language thresholds measured on text the user called clean.
            # Written by `noisegate calibrate`; the auditor reads `languages.<code>.thresholds` from the
            # calibration.yaml of every rules folder (later folders win). `statistics` records what the
            # clean sample showed: for each calibrated rule the units it judged (lines, or documents for
            # number.digit-system-mix), their share of the sample, and the distribution of each value.
            # A language with too few clean lines has no `thresholds` (it keeps the defaults), and no
            # threshold is loosened past the point where its rule could no longer flag anything.
            # `noisegate rules RULE` shows what each threshold of a rule means.
            """;

    /** Every threshold the calibrated rules read, for documentation and checking files. */
    public static List<Threshold> declared(Iterable<Rule> rules) {
        List<Threshold> out = new ArrayList<>();
        for (Rule r : rules) {
            if (r instanceof Calibrated c) {
                out.addAll(c.thresholds());
            }
        }
        return out;
    }

}
