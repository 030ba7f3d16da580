package org.noisegate.calibration;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;
import org.noisegate.rule.RuleData;
import org.noisegate.rule.RuleDataException;

/**
 * Per-language thresholds measured on clean text by {@code noisegate calibrate}: the
 * {@code calibration.yaml} of every rules folder, later folders overriding earlier ones per
 * language and key. Languages (and keys) the files do not cover get the rule's default.
 * Immutable and thread-safe.
 */
public final class Calibration {
    /** The file name in a rules folder. */
    public static final String FILE = "calibration.yaml";
    private static final Calibration EMPTY = new Calibration(Map.of());
    private final Map<String, Map<String, Double>> byLanguage;

    private Calibration(Map<String, Map<String, Double>> byLanguage) {
        this.byLanguage = byLanguage;
    }

    public static Calibration empty() {
        return EMPTY;
    }

    /** The calibration of a set of rule folders, read once per {@link RuleData}. */
    public static Calibration of(RuleData data) {
        return data.shared(Calibration.class, Calibration::load);
    }

    private static Calibration load(RuleData data) {
        Map<String, Map<String, Double>> all = new HashMap<>();
        for (Path f : data.rootFiles(FILE)) {
            read(f).forEach((lang, m) -> all.computeIfAbsent(lang, k -> new HashMap<>()).putAll(m));
        }
        Map<String, Map<String, Double>> frozen = new HashMap<>();
        all.forEach((k, v) -> frozen.put(k, Map.copyOf(v)));
        return new Calibration(Map.copyOf(frozen));
    }

    /** The thresholds per language of one calibration file. */
    public static Map<String, Map<String, Double>> read(Path file) {
        JsonNode root;
        try (InputStream in = Files.newInputStream(file)) {
            root = new ObjectMapper(new YAMLFactory()).readTree(in);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new RuleDataException("cannot read calibration " + file + ": "
                    + org.noisegate.config.ParseErrors.describe(e, "YAML") + "; see rules/README.md");
        } catch (IOException e) {
            throw new RuleDataException("cannot read calibration " + file + " (" + e.getMessage()
                    + "); check that it is a readable file");
        }
        Map<String, Map<String, Double>> out = new HashMap<>();
        JsonNode langs = root == null ? null : root.get("languages");
        if (langs == null || !langs.isObject()) {
            throw new RuleDataException(file + ": a calibration needs a 'languages' map (see rules/README.md)");
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = langs.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> lang = it.next();
            JsonNode t = lang.getValue().get("thresholds");
            if (t == null) {
                continue;
            }
            Map<String, Double> m = new HashMap<>();
            for (Iterator<Map.Entry<String, JsonNode>> jt = t.fields(); jt.hasNext(); ) {
                Map.Entry<String, JsonNode> e = jt.next();
                if (!e.getValue().isNumber()) {
                    throw new RuleDataException(file + ": languages." + lang.getKey() + ".thresholds." + e.getKey()
                            + " must be a number, not '" + e.getValue().asText() + "'");
                }
                m.put(e.getKey(), e.getValue().asDouble());
            }
            out.put(lang.getKey(), m);
        }
        return out;
    }

    /** The threshold for a language, or the default when the calibration does not set it. */
    public double get(String language, Threshold t) {
        Map<String, Double> m = byLanguage.get(language);
        Double v = m == null ? null : m.get(t.key());
        return v == null ? t.defaultValue() : v;
    }

    /** Every key any language sets, to check them against the thresholds the rules declare. */
    public Set<String> keys() {
        Set<String> keys = new java.util.TreeSet<>();
        byLanguage.values().forEach(m -> keys.addAll(m.keySet()));
        return keys;
    }
}
