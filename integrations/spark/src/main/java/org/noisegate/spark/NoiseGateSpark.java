package org.noisegate.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.udf;

import java.io.Serializable;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.api.java.UDF1;
import org.apache.spark.sql.expressions.UserDefinedFunction;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.noisegate.Cleaner;
import org.noisegate.report.FileResult;
import org.noisegate.report.Located;
import org.noisegate.rule.Category;

/**
 * noisegate for Spark users: a DataFrame transformation and SQL functions.
 *
 * <pre>{@code
 * Dataset<Row> audited = NoiseGateSpark.annotate(df, new NoiseGateSpark.Options().textColumn("body"));
 * NoiseGateSpark.register(spark);
 * spark.sql("SELECT id, noisegate_score(text) AS score FROM docs");
 * }</pre>
 *
 * Each executor JVM builds one auditor per configuration, lazily, and reuses it for all its
 * tasks; rule folders are shipped to the executors. Offsets of findings are 0-based code point
 * offsets into the text, end exclusive.
 */
public final class NoiseGateSpark {
    /** One finding: rule id, category, severity, [start, end) in code points, the text, the message. */
    public static final StructType FINDING = new StructType()
            .add("rule", DataTypes.StringType, false)
            .add("category", DataTypes.StringType, false)
            .add("severity", DataTypes.StringType, false)
            .add("start", DataTypes.IntegerType, false)
            .add("end", DataTypes.IntegerType, false)
            .add("text", DataTypes.StringType, true)
            .add("message", DataTypes.StringType, true);
    /** The audit of one text: score, language, category scores, findings. */
    public static final StructType AUDIT = new StructType()
            .add("score", DataTypes.DoubleType, true)
            .add("language", DataTypes.StringType, true)
            .add("categories", DataTypes.createMapType(DataTypes.StringType, DataTypes.DoubleType, false), true)
            .add("findings", DataTypes.createArrayType(FINDING, false), true);

    private NoiseGateSpark() {
    }

    /** The text column, the names of the added columns, and the auditor's configuration. */
    public static final class Options implements Serializable {
        private static final long serialVersionUID = 1L;
        private String textColumn = "text";
        private String scoreColumn = "noisegate_score";
        private String categoriesColumn = "noisegate_categories";
        private String languageColumn = "noisegate_language";
        private String findingsColumn = "noisegate_findings";
        private final List<String> ruleDirs = new ArrayList<>();
        private List<String> enable = List.of();
        private List<String> disable = List.of();
        private String language;

        /** The column holding the text to audit (default {@code text}). */
        public Options textColumn(String name) {
            this.textColumn = Objects.requireNonNull(name);
            return this;
        }

        /** The score column, 0 to 100 (default {@code noisegate_score}). */
        public Options scoreColumn(String name) {
            this.scoreColumn = Objects.requireNonNull(name);
            return this;
        }

        /** The category scores, a map from category to 0..100 (default {@code noisegate_categories}). */
        public Options categoriesColumn(String name) {
            this.categoriesColumn = Objects.requireNonNull(name);
            return this;
        }

        /** The language found or given, ISO 639 (default {@code noisegate_language}). */
        public Options languageColumn(String name) {
            this.languageColumn = Objects.requireNonNull(name);
            return this;
        }

        /** The findings, an array of {@link #FINDING} structs (default {@code noisegate_findings}). */
        public Options findingsColumn(String name) {
            this.findingsColumn = Objects.requireNonNull(name);
            return this;
        }

        /** A folder of rule data that extends the built-in rules (repeatable); shipped to the executors. */
        public Options rules(String dir) {
            ruleDirs.add(Objects.requireNonNull(dir));
            return this;
        }

        /** Runs only these rules (ids, categories or prefixes such as {@code boilerplate.*}). */
        public Options enable(List<String> ids) {
            this.enable = List.copyOf(ids);
            return this;
        }

        /** Does not run these rules. */
        public Options disable(List<String> ids) {
            this.disable = List.copyOf(ids);
            return this;
        }

        /** The language of every text (ISO 639 code); by default guessed per text. */
        public Options language(String code) {
            this.language = code;
            return this;
        }

        /** The executors' configuration; ships the rule folders through the session's context. */
        AuditorConfig config(SparkSession spark) {
            List<String> shipped = new ArrayList<>();
            for (String d : ruleDirs) {
                shipped.add(ship(spark, d));
            }
            return new AuditorConfig(ruleDirs, shipped, enable, disable, language);
        }

        List<String> ruleDirs() {
            return List.copyOf(ruleDirs);
        }

        List<String> enabled() {
            return enable;
        }

        List<String> disabled() {
            return disable;
        }

        String lang() {
            return language;
        }
    }

    /**
     * Ships a local rule folder to the executors; the name to find it there by. Spark names a
     * shipped folder by its last name and keeps it for the context's life, so the folder is
     * shipped as a copy named by a digest of its contents: two folders of one name do not clash,
     * the same contents go once, and the copy outlives the folder.
     */
    static String ship(SparkSession spark, String dir) {
        Path p = Path.of(dir);
        if (!Files.isDirectory(p)) {
            throw new IllegalArgumentException("rule folder " + dir + " is not a directory");
        }
        try {
            List<Path> files;
            try (java.util.stream.Stream<Path> s = Files.walk(p)) {
                files = s.filter(Files::isRegularFile).sorted().toList();
            }
            java.security.MessageDigest md = java.security.MessageDigest.getInstance("SHA-256");
            for (Path f : files) {
                md.update(p.relativize(f).toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
                md.update((byte) 0);
                md.update(Files.readAllBytes(f));
                md.update((byte) 0);
            }
            String name = "noisegate-rules-" + java.util.HexFormat.of().formatHex(md.digest()).substring(0, 16);
            boolean sent = scala.jdk.javaapi.CollectionConverters.asJava(spark.sparkContext().listFiles()).stream()
                    .anyMatch(f -> f.endsWith("/" + name));
            if (!sent) {
                Path copy = Files.createTempDirectory("noisegate-ship").resolve(name);
                for (Path f : files) {
                    Path to = copy.resolve(p.relativize(f).toString());
                    Files.createDirectories(to.getParent());
                    Files.copy(f, to);
                }
                Path root = copy.getParent();
                Runtime.getRuntime().addShutdownHook(new Thread(() -> delete(root)));
                spark.sparkContext().addFile(copy.toString(), true);
            }
            return name;
        } catch (java.io.IOException | java.security.NoSuchAlgorithmException e) {
            throw new IllegalArgumentException("cannot ship rule folder " + dir + " to the executors: " + e.getMessage());
        }
    }

    private static void delete(Path root) {
        try (java.util.stream.Stream<Path> s = Files.walk(root)) {
            s.sorted(java.util.Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
        } catch (java.io.IOException | RuntimeException e) {
            // a temporary copy left behind; nothing is lost
        }
    }

    /**
     * The DataFrame with four columns added: the score, the category scores, the language and
     * the findings of its text column (null where the text is null).
     */
    public static Dataset<Row> annotate(Dataset<Row> df, Options options) {
        if (!List.of(df.columns()).contains(options.textColumn)) {
            throw new IllegalArgumentException("no column '" + options.textColumn + "' among " + List.of(df.columns()));
        }
        AuditorConfig config = options.config(df.sparkSession());
        String tmp = "__noisegate_audit";
        Dataset<Row> a = df.withColumn(tmp, auditUdf(config).apply(col(options.textColumn)));
        return a.withColumn(options.scoreColumn, col(tmp).getField("score"))
                .withColumn(options.categoriesColumn, col(tmp).getField("categories"))
                .withColumn(options.languageColumn, col(tmp).getField("language"))
                .withColumn(options.findingsColumn, col(tmp).getField("findings"))
                .drop(tmp);
    }

    /** {@link #annotate(Dataset, Options)} with the default options. */
    public static Dataset<Row> annotate(Dataset<Row> df) {
        return annotate(df, new Options());
    }

    /**
     * Registers the SQL functions {@code noisegate_score(text)}, {@code noisegate_language(text)},
     * {@code noisegate_audit(text)} (a struct: score, language, categories, findings),
     * {@code noisegate_findings(text)} and {@code noisegate_clean(text)} (the text without its
     * boilerplate lines).
     */
    public static void register(SparkSession spark, Options options) {
        AuditorConfig c = options.config(spark);
        spark.udf().register("noisegate_audit", auditUdf(c));
        spark.udf().register("noisegate_score", udf((UDF1<String, Double>) t -> {
            FileResult r = audit(c, t);
            return r == null || !r.audited() ? null : r.score();
        }, DataTypes.DoubleType).asNondeterministic());
        spark.udf().register("noisegate_language", udf((UDF1<String, String>) t -> {
            FileResult r = audit(c, t);
            return r == null || !r.audited() ? null : r.language();
        }, DataTypes.StringType).asNondeterministic());
        spark.udf().register("noisegate_findings", udf((UDF1<String, List<Row>>) t -> {
            FileResult r = audit(c, t);
            return r == null ? null : findings(r);
        }, DataTypes.createArrayType(FINDING, false)).asNondeterministic());
        spark.udf().register("noisegate_clean", udf((UDF1<String, String>) t -> {
            FileResult r = audit(c, t);
            return r == null ? null : r.audited() ? Cleaner.clean(r).text() : t;
        }, DataTypes.StringType).asNondeterministic());
    }

    /** {@link #register(SparkSession, Options)} with the default options. */
    public static void register(SparkSession spark) {
        register(spark, new Options());
    }

    /** Nondeterministic so that the optimizer evaluates it once per row, not once per field read. */
    private static UserDefinedFunction auditUdf(AuditorConfig c) {
        return udf((UDF1<String, Row>) t -> {
            FileResult r = audit(c, t);
            return r == null ? null : auditRow(r);
        }, AUDIT).asNondeterministic();
    }

    private static FileResult audit(AuditorConfig c, String text) {
        return text == null ? null : Auditors.get(c).audit(text);
    }

    static Row auditRow(FileResult r) {
        if (!r.audited()) {
            return RowFactory.create(null, null, null, findings(r));
        }
        Map<String, Double> categories = new LinkedHashMap<>();
        for (Map.Entry<Category, Double> e : r.categories().entrySet()) {
            categories.put(e.getKey().key(), e.getValue());
        }
        return RowFactory.create(r.score(), r.language(), categories, findings(r));
    }

    static List<Row> findings(FileResult r) {
        List<Row> out = new ArrayList<>(r.findings().size());
        for (Located l : r.findings()) {
            out.add(RowFactory.create(l.finding().ruleId(), l.finding().category().key(), l.finding().severity().key(),
                    l.start(), l.end(), l.finding().text(), l.finding().message()));
        }
        return out;
    }
}
