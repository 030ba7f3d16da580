package org.noisegate.config;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * A project's {@code noisegate.yaml} (documented in README.md, "Project configuration"):
 *
 * <pre>
 * rules:
 *   enable: [boilerplate, mangled]     # like --enable (default: all)
 *   disable: [number.grouping]         # like --disable
 * severity:                            # per rule: error, warning or info
 *   name.variant-spelling: info
 * languages:                           # per language: rules to disable
 *   bn: {disable: [number.digit-system-mix]}
 * ignore: ["vendor/**", "**&#47;*.min.txt"] # globs, relative to the audited directory
 * failUnder: 80
 * failOn: error
 * lang: bn                             # like --lang
 * rulesDirs: [my-rules]                # like --rules, relative to this file
 * </pre>
 * Command-line options take precedence over the file.
 */
public record ProjectConfig(
        @JsonProperty("rules") Rules rules,
        @JsonProperty("severity") Map<String, String> severity,
        @JsonProperty("languages") Map<String, Language> languages,
        @JsonProperty("ignore") List<String> ignore,
        @JsonProperty("failUnder") Double failUnder,
        @JsonProperty("failOn") String failOn,
        @JsonProperty("lang") String lang,
        @JsonProperty("rulesDirs") List<String> rulesDirs) {

    public static final String FILE_NAME = "noisegate.yaml";
    public static final ProjectConfig EMPTY = new ProjectConfig(null, null, null, null, null, null, null, null);

    /** Rule selection. */
    public record Rules(@JsonProperty("enable") List<String> enable, @JsonProperty("disable") List<String> disable) {
    }

    /** Options for one language. */
    public record Language(@JsonProperty("disable") List<String> disable) {
    }

    public static ProjectConfig read(Path file) throws IOException {
        ObjectMapper yaml = new ObjectMapper(new YAMLFactory())
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (java.nio.file.NoSuchFileException e) {
            throw new IOException("configuration file not found: " + file + "; check the path", e);
        } catch (IOException e) {
            throw new IOException("cannot read configuration " + file + " (" + (e.getMessage() == null ? "unreadable"
                    : e.getMessage()) + "); check that it is a readable file", e);
        }
        ProjectConfig c;
        try {
            c = yaml.readValue(bytes, ProjectConfig.class);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IOException("bad configuration " + file + ": " + ParseErrors.describe(e, "YAML")
                    + "; see README.md, 'Project configuration'", e);
        }
        if (c == null) {
            return EMPTY;
        }
        if (c.lang() != null) {
            try {
                LanguageCodes.check(c.lang());
            } catch (IllegalArgumentException e) {
                throw new IOException("bad configuration " + file + ": lang takes " + e.getMessage(), e);
            }
        }
        return c;
    }

    /** The language the file fixes, as the rule data writes it ({@code eng} → {@code en}), or null. */
    public String language() {
        return lang == null ? null : LanguageCodes.check(lang);
    }

    public List<String> enable() {
        return rules == null || rules.enable() == null ? List.of() : rules.enable();
    }

    public List<String> disable() {
        return rules == null || rules.disable() == null ? List.of() : rules.disable();
    }

    public Map<String, String> severities() {
        return severity == null ? Map.of() : severity;
    }

    public List<String> ignored() {
        return ignore == null ? List.of() : ignore;
    }

    public List<String> ruleDirs() {
        return rulesDirs == null ? List.of() : rulesDirs;
    }

    /** Rules disabled per language. */
    public Map<String, List<String>> languageDisables() {
        if (languages == null) {
            return Map.of();
        }
        java.util.Map<String, List<String>> m = new java.util.HashMap<>();
        languages.forEach((k, v) -> m.put(k, v == null || v.disable() == null ? List.of() : v.disable()));
        return m;
    }
}
