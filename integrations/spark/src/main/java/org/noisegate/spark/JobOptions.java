package org.noisegate.spark;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.noisegate.rule.Category;

/** The options of {@link GateJob}, parsed from its command line. */
record JobOptions(List<String> inputs, String out, double minScore, Map<String, Double> maxCategory, String textField,
                  String idField, String format, boolean corpusStats, List<String> corpusStatsFrom,
                  NoiseGateSpark.Options auditor, String master, long splitBytes, int batch, boolean allowEmpty,
                  boolean help) {

    static JobOptions parse(String... args) {
        List<String> positional = new ArrayList<>();
        double minScore = 80;
        Map<String, Double> max = new LinkedHashMap<>();
        String textField = "text";
        String idField = "id";
        String format = "parquet";
        boolean corpusStats = false;
        List<String> from = new ArrayList<>();
        NoiseGateSpark.Options auditor = new NoiseGateSpark.Options();
        String master = null;
        long split = 64L << 20;
        int batch = 0;
        boolean allowEmpty = false;
        boolean help = false;
        List<String> a = Arrays.asList(args);
        for (int i = 0; i < a.size(); i++) {
            String arg = a.get(i);
            String name = arg.contains("=") && arg.startsWith("--") ? arg.substring(0, arg.indexOf('=')) : arg;
            String inline = arg.contains("=") && arg.startsWith("--") ? arg.substring(arg.indexOf('=') + 1) : null;
            switch (name) {
                case "-h", "--help" -> help = true;
                case "--corpus-stats" -> corpusStats = true;
                case "--allow-empty" -> allowEmpty = true;
                case "--min-score", "--max-category", "--text-field", "--id-field", "--format", "--corpus-stats-from",
                        "--rules", "--enable", "--disable", "--lang", "--master", "--split-mb", "--batch" -> {
                    String v;
                    if (inline != null) {
                        v = inline;
                    } else if (i + 1 < a.size()) {
                        v = a.get(++i);
                    } else {
                        throw new IllegalArgumentException(name + " needs a value");
                    }
                    switch (name) {
                        case "--min-score" -> minScore = score(name, v);
                        case "--max-category" -> {
                            for (String m : v.split(",")) {
                                String[] kv = m.split("=", 2);
                                try {
                                    max.put(Category.of(kv[0].strip()).key(), score(name, kv[1].strip()));
                                } catch (RuntimeException e) {
                                    throw new IllegalArgumentException("--max-category takes CATEGORY=N with a category "
                                            + "(boilerplate, mangled, number, name) and points from 0 to 100, not '" + m + "'");
                                }
                            }
                        }
                        case "--text-field" -> textField = v;
                        case "--id-field" -> idField = v;
                        case "--format" -> {
                            format = v.toLowerCase(Locale.ROOT);
                            if (!format.equals("parquet") && !format.equals("jsonl")) {
                                throw new IllegalArgumentException("--format takes parquet or jsonl, not '" + v + "'");
                            }
                        }
                        case "--corpus-stats-from" -> from.add(v);
                        case "--rules" -> auditor.rules(v);
                        case "--enable" -> auditor.enable(List.of(v.split(",")));
                        case "--disable" -> auditor.disable(List.of(v.split(",")));
                        case "--lang" -> auditor.language(v);
                        case "--master" -> master = v;
                        case "--split-mb" -> split = (long) (positive(name, v) * (1 << 20));
                        case "--batch" -> batch = (int) positive(name, v);
                        default -> throw new IllegalStateException(name);
                    }
                }
                default -> {
                    if (arg.startsWith("--")) {
                        throw new IllegalArgumentException("unknown option " + arg);
                    }
                    positional.add(arg);
                }
            }
        }
        if (help) {
            return new JobOptions(List.of(), "", minScore, max, textField, idField, format, corpusStats, from, auditor,
                    master, split, batch, allowEmpty, true);
        }
        if (positional.size() < 2) {
            throw new IllegalArgumentException("give at least one INPUT and the OUT_DIR");
        }
        List<String> inputs = List.copyOf(positional.subList(0, positional.size() - 1));
        return new JobOptions(inputs, positional.get(positional.size() - 1), minScore, max, textField, idField, format,
                corpusStats, List.copyOf(from), auditor, master, split, batch, allowEmpty, false);
    }

    private static double score(String option, String v) {
        return number(option, v, d -> d >= 0 && d <= 100, "a score from 0 to 100");
    }

    private static double positive(String option, String v) {
        return number(option, v, d -> d > 0, "a positive number");
    }

    private static double number(String option, String v, java.util.function.DoublePredicate ok, String what) {
        double d;
        try {
            d = Double.parseDouble(v);
        } catch (NumberFormatException e) {
            d = Double.NaN;
        }
        if (!ok.test(d)) {
            throw new IllegalArgumentException(option + " takes " + what + ", not '" + v + "'");
        }
        return d;
    }

    /** The options that change the output: a rerun into the same folder must have the same. */
    Map<String, Object> fingerprint() {
        Map<String, Object> f = new LinkedHashMap<>();
        f.put("minScore", minScore);
        f.put("maxCategory", maxCategory);
        f.put("textField", textField);
        f.put("idField", idField);
        f.put("format", format);
        f.put("corpusStats", corpusStats);
        f.put("corpusStatsFrom", corpusStatsFrom);
        f.put("rules", auditor.ruleDirs());
        f.put("enable", auditor.enabled());
        f.put("disable", auditor.disabled());
        f.put("lang", auditor.lang());
        return f;
    }
}
