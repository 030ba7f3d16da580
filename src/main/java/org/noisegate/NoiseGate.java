package org.noisegate;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.List;
import java.util.Objects;
import org.noisegate.lang.LanguageIdentifier;
import org.noisegate.report.FileResult;
import org.noisegate.report.Located;
import org.noisegate.rule.Finding;
import org.noisegate.rule.Rule;
import org.noisegate.rule.RuleData;
import org.noisegate.rule.RuleFailure;
import org.noisegate.rule.RuleRegistry;
import org.noisegate.rule.RuleRunner;
import org.noisegate.rule.Severity;
import org.noisegate.score.Scorer;
import org.noisegate.source.Decoded;
import org.noisegate.source.TextDecoder;
import org.noisegate.source.HtmlExtractor;
import org.noisegate.text.Block;
import org.noisegate.text.CorpusStats;
import org.noisegate.text.Document;
import org.noisegate.text.LineMap;
import org.noisegate.text.Scripts;

/**
 * The entry point for Java users: an immutable, thread-safe auditor.
 *
 * <pre>{@code
 * NoiseGate gate = NoiseGate.builder().build();
 * FileResult r = gate.audit("doc-1", "Some text …");
 * }</pre>
 */
public final class NoiseGate {
    /** Files larger than this are refused unless the builder sets another limit. */
    public static final long DEFAULT_MAX_BYTES = 256L * 1024 * 1024;
    /** How long one rule may take on one document unless the builder sets another budget. */
    public static final java.time.Duration DEFAULT_TIME_BUDGET = java.time.Duration.ofSeconds(60);

    private final RuleRegistry registry;
    private final List<Rule> rules;
    private final LanguageIdentifier languages;
    private final String language;
    private final long maxBytes;
    private final java.time.Duration timeBudget;
    private final Scorer scorer = new Scorer();
    private final Map<String, Severity> severities;
    private final HtmlExtractor html;
    private final Map<String, Set<String>> languageDisabled;

    private NoiseGate(Builder b) {
        RuleData data = RuleData.load(b.ruleDirs);
        this.registry = RuleRegistry.load(data).with(b.extraRules);
        this.rules = registry.select(b.enable, b.disable);
        for (String id : b.severities.keySet()) {
            if (registry.get(id).isEmpty()) {
                throw new IllegalArgumentException("severity set for unknown rule '" + id + "' (see 'noisegate rules')");
            }
        }
        this.severities = Map.copyOf(b.severities);
        checkCalibration(data);
        Map<String, Set<String>> perLang = new HashMap<>();
        b.languageDisabled.forEach((lang, ids) -> perLang.put(lang, registry.select(ids, List.of()).stream()
                .map(Rule::id).collect(java.util.stream.Collectors.toUnmodifiableSet())));
        this.languageDisabled = Map.copyOf(perLang);
        List<String> tokens = data.readAll("boilerplate", "dom-tokens*.txt").stream()
                .peek(l -> org.noisegate.rule.RegexSafety.compile(l, l.text().strip()))
                .map(l -> "(?:" + l.text().strip() + ")").toList();
        this.html = new HtmlExtractor(java.util.regex.Pattern.compile(tokens.isEmpty() ? "(?!)" : String.join("|", tokens)));
        this.languages = LanguageIdentifier.of(data);
        this.language = b.language;
        this.maxBytes = b.maxBytes;
        this.timeBudget = b.timeBudget;
    }

    /** A threshold in a calibration.yaml that no rule reads is a typo: say so rather than ignore it. */
    private void checkCalibration(RuleData data) {
        Set<String> known = new java.util.TreeSet<>();
        org.noisegate.calibration.Calibrator.declared(registry.all()).forEach(t -> known.add(t.key()));
        for (String k : org.noisegate.calibration.Calibration.of(data).keys()) {
            if (!known.contains(k)) {
                throw new IllegalArgumentException("calibration.yaml: no rule reads the threshold '" + k + "' (known: "
                        + String.join(", ", known) + ")");
            }
        }
    }

    public static Builder builder() {
        return new Builder();
    }

    public RuleRegistry registry() {
        return registry;
    }

    public List<Rule> rules() {
        return rules;
    }

    /** Audits a text (its id is "-"). */
    public FileResult audit(String text) {
        return audit("-", text);
    }

    /**
     * Audits a document: its id and text, in its language unless that is "und" (then the
     * language is guessed). HTML blocks it carries feed the DOM rules.
     */
    public FileResult audit(Document doc) {
        String lang = doc.language().equals("und") ? language : doc.language();
        return audit(doc.id(), Decoded.of(doc.text(), "UTF-16"), lang, doc.blocks(),
                doc.corpus());
    }

    /** Audits a text as one document of a corpus whose line counts a first pass made. */
    public FileResult audit(String id, String text, CorpusStats corpus) {
        return audit(id, Decoded.of(text, "UTF-16"), language, List.of(), corpus);
    }

    /**
     * Audits an HTML page: its text is extracted block by block (decoded by its BOM or declared
     * charset) and audited with the DOM evidence; findings point into the extracted text.
     */
    public FileResult auditHtml(String id, byte[] page) {
        if (page.length > maxBytes) {
            return FileResult.failed(id, tooLarge(page.length));
        }
        try {
            HtmlExtractor.Extracted x = html.extract(page, null);
            return audit(id, Decoded.of(x.text(), "html"), language, x.blocks(), null);
        } catch (IOException | RuntimeException e) {
            return FileResult.failed(id, "cannot parse HTML: " + describe(e));
        }
    }

    /** The text with its boilerplate removed (see {@link Cleaner}). */
    public String clean(String text) {
        return Cleaner.clean(audit(text)).text();
    }

    /** Audits a text. */
    public FileResult audit(String id, String text) {
        return audit(id, text, language);
    }

    /** Audits a text written in the given language (ISO 639 code; null: guess it). */
    public FileResult audit(String id, String text, String lang) {
        return audit(id, Decoded.of(text, "UTF-16"), lang);
    }

    /** Audits raw bytes (decoded as described in {@link TextDecoder}). */
    public FileResult audit(String id, byte[] bytes) {
        return audit(id, bytes, language);
    }

    /** Audits raw bytes written in the given language (null: guess it). */
    public FileResult audit(String id, byte[] bytes, String lang) {
        if (bytes.length > maxBytes) {
            return FileResult.failed(id, tooLarge(bytes.length));
        }
        Decoded d = TextDecoder.decode(bytes);
        if (d.binary()) {
            return FileResult.skipped(id, "skipped: binary file (" + d.reason() + ")");
        }
        return audit(id, d, lang);
    }

    /** Reads and audits a file; unreadable or oversized files give a FAILED result. */
    public FileResult audit(String id, Path file) {
        try {
            long size = Files.size(file);
            if (size > maxBytes) {
                return FileResult.failed(id, tooLarge(size));
            }
            return audit(id, Files.readAllBytes(file));
        } catch (IOException | SecurityException e) {
            return FileResult.failed(id, "cannot read: " + describe(e));
        } catch (OutOfMemoryError e) {
            return FileResult.failed(id, "not enough memory to read the file; raise -Xmx or lower --max-file-size");
        }
    }

    private String tooLarge(long size) {
        return "refused: " + size + " bytes is over the " + maxBytes
                + "-byte limit (--max-file-size); split the file or raise the limit";
    }

    static String describe(Exception e) {
        String m = e.getMessage();
        String kind = e.getClass().getSimpleName();
        return m == null ? kind : kind + ": " + m;
    }

    private FileResult audit(String id, Decoded d, String fixedLanguage) {
        return audit(id, d, fixedLanguage, List.of(), null);
    }

    private FileResult audit(String id, Decoded d, String fixedLanguage, List<Block> blocks, CorpusStats corpus) {
        try {
            return auditDecoded(id, d, fixedLanguage, blocks, corpus);
        } catch (RuntimeException | StackOverflowError e) {
            // a bug must cost one file, never the run: report it as that file's failure
            return FileResult.failed(id, "internal error, please report it: " + e);
        }
    }

    private FileResult auditDecoded(String id, Decoded d, String fixedLanguage, List<Block> blocks,
                                    CorpusStats corpus) {
        String text = d.text();
        int script = LanguageIdentifier.dominantScript(text);
        String lang = fixedLanguage != null ? fixedLanguage : languages.identify(text, script);
        Document doc = new Document(id, text, lang, script, d.invalidRuns(), blocks, corpus);
        RuleRunner.Outcome o = RuleRunner.run(rules, doc, timeBudget);
        List<Finding> findings = adjust(o.findings(), lang);
        return result(id, lang, Scripts.code(script), text, findings, doc.lines(), o.failures());
    }

    /** Applies the per-language rule choices and severity overrides of the configuration. */
    private List<Finding> adjust(List<Finding> findings, String lang) {
        if (severities.isEmpty() && languageDisabled.isEmpty()) {
            return findings;
        }
        Set<String> off = languageDisabled.getOrDefault(lang, Set.of());
        List<Finding> out = new ArrayList<>(findings.size());
        for (Finding f : findings) {
            if (off.contains(f.ruleId())) {
                continue;
            }
            Severity s = severities.get(f.ruleId());
            out.add(s == null || f.severity() == Severity.INFO ? f
                    : new Finding(f.ruleId(), f.category(), s, f.span(), f.text(), f.message(), f.suggestion()));
        }
        return out;
    }

    /**
     * The result with only the findings kept (for a baseline: the new ones), scored again on
     * those alone.
     */
    public FileResult keep(FileResult r, boolean[] keep) {
        List<Finding> kept = new ArrayList<>();
        for (int i = 0; i < r.findings().size(); i++) {
            if (keep[i]) {
                kept.add(r.findings().get(i).finding());
            }
        }
        return result(r.path(), r.language(), r.script(), r.text(), kept, new LineMap(r.text()), r.failedRules());
    }

    private FileResult result(String id, String lang, String script, String text, List<Finding> findings,
                              LineMap lines, List<RuleFailure> failed) {
        Scorer.Score s = scorer.score(text, findings);
        List<Located> located = new ArrayList<>(findings.size());
        for (Finding f : findings) {
            int a = f.span().start();
            int b = f.span().end();
            located.add(new Located(f, lines.line(a), lines.column(a), lines.line(b), lines.column(b),
                    lines.codePointOffset(a), lines.codePointOffset(b)));
        }
        return new FileResult(id, FileResult.Status.AUDITED, "", lang, script, s.total(),
                s.categories(), s.deductions(), located, text, failed);
    }

    /** Configures a {@link NoiseGate}. */
    public static final class Builder {
        private final List<Path> ruleDirs = new ArrayList<>();
        private List<String> enable = List.of();
        private List<String> disable = List.of();
        private String language;
        private long maxBytes = DEFAULT_MAX_BYTES;
        private java.time.Duration timeBudget = DEFAULT_TIME_BUDGET;
        private final List<Rule> extraRules = new ArrayList<>();
        private final Map<String, Severity> severities = new HashMap<>();
        private final Map<String, List<String>> languageDisabled = new HashMap<>();

        private Builder() {
        }

        /** Adds a folder of rule data that extends the built-in {@code rules/}. */
        public Builder rules(Path dir) {
            ruleDirs.add(Objects.requireNonNull(dir, "dir"));
            return this;
        }

        /** Runs only these rules (ids, categories or {@code prefix.*}); empty means all. */
        public Builder enable(List<String> ids) {
            this.enable = List.copyOf(ids);
            return this;
        }

        public Builder disable(List<String> ids) {
            this.disable = List.copyOf(ids);
            return this;
        }

        /** Overrides the severity of a rule's findings (info findings stay info). */
        public Builder severity(String ruleId, Severity s) {
            severities.put(ruleId, Objects.requireNonNull(s, "severity"));
            return this;
        }

        /** Turns rules (ids, categories or prefixes) off for documents of one language. */
        public Builder disableFor(String lang, List<String> ids) {
            languageDisabled.put(lang, List.copyOf(ids));
            return this;
        }

        /** Fixes the language (ISO 639 code) instead of guessing it per file. */
        public Builder language(String code) {
            this.language = code;
            return this;
        }

        public Builder maxBytes(long max) {
            if (max <= 0) {
                throw new IllegalArgumentException("max bytes must be positive: " + max);
            }
            this.maxBytes = max;
            return this;
        }

        /** Adds a rule of your own (immutable, thread-safe, with an id no built-in rule has). */
        public Builder rule(Rule rule) {
            extraRules.add(Objects.requireNonNull(rule, "rule"));
            return this;
        }

        /**
         * How long each rule may take on one document (zero: no limit). A rule over it is stopped
         * and listed in {@link FileResult#failedRules()}; the document is scored on the others.
         */
        public Builder timeBudget(java.time.Duration budget) {
            if (budget.isNegative()) {
                throw new IllegalArgumentException("the time budget cannot be negative: " + budget);
            }
            this.timeBudget = budget;
            return this;
        }

        public NoiseGate build() {
            return new NoiseGate(this);
        }
    }
}
