package org.noisegate.spark;

import static org.apache.spark.sql.functions.col;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.noisegate.Cleaner;
import org.noisegate.NoiseGate;
import org.noisegate.report.FileResult;
import org.noisegate.report.Located;

/** The DataFrame transformation and the SQL functions give what the core's auditor gives. */
class NoiseGateSparkTest {
    private static final NoiseGate GATE = NoiseGate.builder().build();
    private static List<String> texts;
    private static Dataset<Row> df;

    @BeforeAll
    static void data() throws Exception {
        SparkSession spark = SparkTestData.spark();
        texts = new ArrayList<>();
        for (String r : SparkTestData.seedRecords()) {
            texts.add(SparkTestData.JSON.readTree(r).get("text").asText());
        }
        texts.add("Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor incididunt.");
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < texts.size(); i++) {
            rows.add(RowFactory.create((long) i, texts.get(i)));
        }
        rows.add(RowFactory.create((long) texts.size(), null));
        StructType schema = new StructType().add("id", DataTypes.LongType).add("body", DataTypes.StringType);
        df = spark.createDataFrame(rows, schema).repartition(3);
    }

    @Test
    void annotateAddsScoreCategoriesLanguageAndFindingsUnderTheNamesAsked() {
        Dataset<Row> out = NoiseGateSpark.annotate(df, new NoiseGateSpark.Options().textColumn("body").scoreColumn("q")
                .findingsColumn("f"));
        assertEquals(List.of("id", "body", "q", "noisegate_categories", "noisegate_language", "f"), List.of(out.columns()));
        List<Row> rows = out.orderBy("id").collectAsList();
        assertEquals(texts.size() + 1, rows.size());
        for (int i = 0; i < texts.size(); i++) {
            Row r = rows.get(i);
            FileResult expected = GATE.audit(texts.get(i));
            assertEquals(expected.score(), r.getDouble(r.fieldIndex("q")), 1e-9, "text " + i);
            assertEquals(expected.language(), r.getString(r.fieldIndex("noisegate_language")));
            Map<String, Double> cats = r.getJavaMap(r.fieldIndex("noisegate_categories"));
            expected.categories().forEach((c, v) -> assertEquals(v, cats.get(c.key()), 1e-9, c.key()));
            List<Row> f = r.getList(r.fieldIndex("f"));
            assertEquals(expected.findings().size(), f.size());
            for (int k = 0; k < f.size(); k++) {
                Located l = expected.findings().get(k);
                Row g = f.get(k);
                assertEquals(l.finding().ruleId(), g.getString(0));
                assertEquals(l.finding().category().key(), g.getString(1));
                assertEquals(l.finding().severity().key(), g.getString(2));
                assertEquals(l.start(), g.getInt(3));
                assertEquals(l.end(), g.getInt(4));
                assertEquals(texts.get(i).codePoints().skip(l.start()).limit(l.end() - l.start())
                        .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString(),
                        texts.get(i).codePoints().skip(g.getInt(3)).limit(g.getInt(4) - g.getInt(3))
                        .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString());
                assertEquals(l.finding().message(), g.getString(6));
            }
        }
        assertTrue(rows.stream().limit(texts.size()).anyMatch(r -> !r.getList(r.fieldIndex("f")).isEmpty()),
                "the seeds have findings");
        Row none = rows.get(texts.size());
        assertTrue(none.isNullAt(none.fieldIndex("q")) && none.isNullAt(none.fieldIndex("f")), "a null text gives nulls");
    }

    @Test
    void sqlFunctionsAreRegisteredByOneCall() {
        SparkSession spark = SparkTestData.spark();
        NoiseGateSpark.register(spark);
        df.createOrReplaceTempView("docs");
        List<Row> rows = spark.sql("SELECT id, noisegate_score(body), noisegate_language(body), "
                + "size(noisegate_findings(body)), noisegate_clean(body), noisegate_audit(body).score FROM docs ORDER BY id")
                .collectAsList();
        for (int i = 0; i < texts.size(); i++) {
            FileResult expected = GATE.audit(texts.get(i));
            Row r = rows.get(i);
            assertEquals(expected.score(), r.getDouble(1), 1e-9);
            assertEquals(expected.language(), r.getString(2));
            assertEquals(expected.findings().size(), r.getInt(3));
            assertEquals(Cleaner.clean(expected).text(), r.getString(4));
            assertEquals(expected.score(), r.getDouble(5), 1e-9);
        }
        assertNull(rows.get(texts.size()).get(1));
        long rejected = spark.sql("SELECT count(*) FROM docs WHERE noisegate_score(body) < 80").first().getLong(0);
        assertEquals(texts.stream().filter(t -> GATE.audit(t).score() < 80).count(), rejected);
    }

    @Test
    void aRuleFolderIsShippedToTheExecutors(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
        java.nio.file.Path phrases = dir.resolve("house-rules/boilerplate/phrases");
        java.nio.file.Files.createDirectories(phrases);
        java.nio.file.Files.writeString(phrases.resolve("en.txt"), "[ad]\nZorblax premium offer\n");
        String text = "The minister said on Tuesday that the new budget would raise spending on schools and hospitals.\n"
                + "Zorblax premium offer\n"
                + "Critics argued that the plan did not explain how the extra money would be found in the coming years.\n";
        Dataset<Row> one = SparkTestData.spark().createDataFrame(List.of(RowFactory.create(text)),
                new StructType().add("text", DataTypes.StringType));
        java.util.function.Function<NoiseGateSpark.Options, List<String>> rules = o ->
                NoiseGateSpark.annotate(one, o).first().<Row>getList(4).stream().map(f -> f.getString(0)).toList();
        assertEquals(List.of(), rules.apply(new NoiseGateSpark.Options()));
        assertEquals(List.of("boilerplate.ad"), rules.apply(new NoiseGateSpark.Options().rules(dir.resolve("house-rules").toString())));
        // another folder of the same name, other contents: shipped beside the first, not mistaken for it
        java.nio.file.Path other = dir.resolve("b/house-rules/boilerplate/phrases");
        java.nio.file.Files.createDirectories(other);
        java.nio.file.Files.writeString(other.resolve("en.txt"), "[ad]\nSomething else entirely\n");
        assertEquals(List.of(), rules.apply(new NoiseGateSpark.Options().rules(dir.resolve("b/house-rules").toString())));
    }

    @Test
    void optionsReachTheExecutorsAuditor() {
        Dataset<Row> out = NoiseGateSpark.annotate(df, new NoiseGateSpark.Options().textColumn("body")
                .enable(List.of("number")).language("bn"));
        for (Row r : out.filter(col("body").isNotNull()).collectAsList()) {
            assertEquals("bn", r.getString(r.fieldIndex("noisegate_language")));
            for (Row f : r.<Row>getList(r.fieldIndex("noisegate_findings"))) {
                assertEquals("number", f.getString(1), "only the number rules run");
            }
        }
        assertThrows(IllegalArgumentException.class, () -> NoiseGateSpark.annotate(df, new NoiseGateSpark.Options()));
        assertThrows(IllegalArgumentException.class, () -> NoiseGateSpark.annotate(df,
                new NoiseGateSpark.Options().textColumn("body").rules("no/such/folder")));
    }
}
