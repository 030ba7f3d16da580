package org.noisegate.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.to_json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The gate job in local mode against the command-line gate on the same documents. */
class GateJobTest {
    @TempDir
    Path dir;

    private final ByteArrayOutputStream log = new ByteArrayOutputStream();

    private int job(String... args) {
        return GateJob.run(new PrintStream(log, true, StandardCharsets.UTF_8), args);
    }

    private String log() {
        return log.toString(StandardCharsets.UTF_8);
    }

    /** Each output document's noisegate annotation (to_json of the struct), by id, for kept or rejected. */
    private static Map<String, JsonNode> parquetAnnotations(SparkSession spark, Path out, String status) throws IOException {
        Map<String, JsonNode> m = new HashMap<>();
        Path d = out.resolve(status);
        if (!Files.isDirectory(d)) {
            return m;
        }
        Dataset<Row> rows = spark.read().parquet(d.toString()).select(col("id"), to_json(col("noisegate")));
        for (Row r : rows.collectAsList()) {
            if (m.put(r.isNullAt(0) ? "" : r.getString(0), SparkTestData.JSON.readTree(r.getString(1))) != null) {
                throw new AssertionError("document " + r.getString(0) + " written twice");
            }
        }
        return m;
    }

    @Test
    void seedsGetTheAnnotationGateGivesThem() throws Exception {
        SparkSession spark = SparkTestData.spark();
        Path in = SparkTestData.write(dir.resolve("seeds.jsonl"), SparkTestData.seedRecords());
        Path out = dir.resolve("out");
        assertEquals(0, job(in.toString(), out.toString()), log());
        Map<String, List<String>> gate = SparkTestData.gate(in, dir);
        for (String status : List.of("kept", "rejected")) {
            assertEquals(SparkTestData.annotations(gate.get(status)), parquetAnnotations(spark, out, status), status);
        }
        JsonNode summary = SparkTestData.JSON.readTree(out.resolve("summary.json").toFile());
        assertEquals(5, summary.get("documents").asLong());
        assertEquals(gate.get("kept").size(), summary.get("kept").asLong());
        assertEquals(gate.get("rejected").size(), summary.get("rejected").asLong());
        assertTrue(Files.readString(out.resolve("summary.html")).contains("<h1>Corpus summary</h1>"));
        // the text and the other fields of the records are kept beside the annotation
        Row first = spark.read().parquet(out.resolve("kept").toString(), out.resolve("rejected").toString())
                .filter(col("id").equalTo("000_4990cb81952b1a02.txt")).select("text").first();
        assertEquals(Files.readString(Path.of("seeds/000_4990cb81952b1a02.txt")), first.getString(0));
    }

    @Test
    void thousandsOfDocumentsInJsonlAndGzipAreSplitAsGateSplitsThem() throws Exception {
        List<String> records = new ArrayList<>(SparkTestData.manyRecords());
        assertTrue(records.size() > 2000, "documents: " + records.size());
        records.add(records.size() / 2, "{\"id\": \"broken\", \"text\": ");
        records.add(records.size() / 3, "{\"id\": \"no-text\", \"body\": \"a record without its text field\"}");
        Path plain = SparkTestData.write(dir.resolve("a.jsonl"), records.subList(0, records.size() / 2));
        Path gz = dir.resolve("b.jsonl.gz");
        try (OutputStream os = new GZIPOutputStream(Files.newOutputStream(gz))) {
            os.write((String.join("\n", records.subList(records.size() / 2, records.size())) + "\n")
                    .getBytes(StandardCharsets.UTF_8));
        }
        Path out = dir.resolve("out");
        assertEquals(0, job(plain.toString(), gz.toString(), out.toString(), "--format", "jsonl", "--split-mb", "0.25",
                "--max-category", "boilerplate=30"), log());
        Map<String, List<String>> a = SparkTestData.gate(plain, dir.resolve("ga"), "--max-category", "boilerplate=30");
        Map<String, List<String>> b = SparkTestData.gate(gz, dir.resolve("gb"), "--max-category", "boilerplate=30");
        for (String status : List.of("kept", "rejected")) {
            List<String> expected = new ArrayList<>(a.get(status));
            expected.addAll(b.get(status));
            List<String> got = new ArrayList<>();
            try (Stream<Path> s = Files.list(out.resolve(status))) {
                for (Path p : s.sorted().toList()) {
                    got.addAll(Files.readAllLines(p, StandardCharsets.UTF_8));
                }
            }
            expected.sort(null);
            got.sort(null);
            assertEquals(expected, got, status + ": the job's lines are gate's lines, byte for byte");
        }
        JsonNode summary = SparkTestData.JSON.readTree(out.resolve("summary.json").toFile());
        assertEquals(records.size(), summary.get("documents").asLong());
        assertEquals(2, summary.get("errors").asLong());
        assertEquals(summary.get("documents").asLong(), summary.get("kept").asLong() + summary.get("rejected").asLong()
                + summary.get("errors").asLong());
        long units = SparkTestData.JSON.readTree(out.resolve("_noisegate/job.json").toFile()).get("units").size();
        assertTrue(units > 2, "the files are cut into units: " + units);
    }

    @Test
    void parquetOutputKeepsEveryDocumentOnceWithItsFields() throws Exception {
        SparkSession spark = SparkTestData.spark();
        List<String> records = SparkTestData.manyRecords().subList(0, 600);
        String broken = "{\"id\": \"broken\", \"text\": \"never closed";
        List<String> lines = new ArrayList<>(records);
        lines.add(300, broken);
        Path in = SparkTestData.write(dir.resolve("docs.jsonl"), lines);
        Path out = dir.resolve("out");
        assertEquals(0, job(in.toString(), out.toString(), "--split-mb", "0.1"), log());
        Map<String, List<String>> gate = SparkTestData.gate(in, dir);
        Map<String, JsonNode> kept = parquetAnnotations(spark, out, "kept");
        Map<String, JsonNode> rejected = parquetAnnotations(spark, out, "rejected");
        assertEquals(SparkTestData.annotations(gate.get("kept")), kept);
        // the unreadable line: gate's error object, with the original in noisegate.raw as gate's Parquet has it
        com.fasterxml.jackson.databind.node.ObjectNode error = null;
        for (String l : gate.get("rejected")) {
            JsonNode n = SparkTestData.JSON.readTree(l);
            if (n.path("noisegate").has("error")) {
                error = ((com.fasterxml.jackson.databind.node.ObjectNode) n.get("noisegate")).put("raw", n.get("raw").asText());
            }
        }
        Map<String, JsonNode> expected = new HashMap<>(SparkTestData.annotations(gate.get("rejected")));
        expected.put("", error);
        assertEquals(broken, error.get("raw").asText());
        assertEquals(expected, rejected);
        Dataset<Row> all = spark.read().parquet(out.resolve("kept").toString(), out.resolve("rejected").toString())
                .filter(col("noisegate.error").isNull());
        assertEquals(records.size(), all.count());
        assertEquals(records.size(), all.select("n").distinct().count());
        assertEquals("long", all.schema().apply("n").dataType().typeName());
        assertEquals(1, all.filter(col("meta.file").equalTo("traf-000.txt")).filter(col("n").equalTo(0)).count());
    }

    @Test
    void corpusStatisticsOfTheTasksFlagWhatGateFlagsWithItsOwn() throws Exception {
        SparkSession spark = SparkTestData.spark();
        // one line that recurs in a seventh of the documents
        List<String> records = SparkTestData.withLine(SparkTestData.manyRecords().subList(0, 400), i -> i % 7 == 0);
        Path in = SparkTestData.write(dir.resolve("docs.jsonl"), records);
        Path out = dir.resolve("out");
        assertEquals(0, job(in.toString(), out.toString(), "--corpus-stats", "--split-mb", "0.05"), log());
        Map<String, List<String>> gate = SparkTestData.gate(in, dir, "--corpus-stats");
        Map<String, JsonNode> kept = parquetAnnotations(spark, out, "kept");
        assertEquals(SparkTestData.annotations(gate.get("kept")), kept);
        assertEquals(SparkTestData.annotations(gate.get("rejected")), parquetAnnotations(spark, out, "rejected"));
        long flagged = gate.get("kept").stream().filter(l -> l.contains("boilerplate.repeated")).count()
                + gate.get("rejected").stream().filter(l -> l.contains("boilerplate.repeated")).count();
        assertTrue(flagged > 0, "the recurring line is flagged");
        assertTrue(Files.isRegularFile(out.resolve("_noisegate/corpus-stats.bin")));
    }

    @Test
    void statisticsSavedByGateOnAnotherShardAreMergedIn() throws Exception {
        SparkSession spark = SparkTestData.spark();
        // a line twice in each shard: repeated only across both
        List<String> records = SparkTestData.withLine(SparkTestData.manyRecords().subList(0, 300),
                i -> i == 10 || i == 80 || i == 160 || i == 230);
        Path a = SparkTestData.write(dir.resolve("a.jsonl"), records.subList(0, 150));
        Path b = SparkTestData.write(dir.resolve("b.jsonl"), records.subList(150, 300));
        Path saved = dir.resolve("a.stats");
        SparkTestData.gate(a, dir.resolve("ga"), "--corpus-stats", "--corpus-stats-save", saved.toString());
        Map<String, List<String>> gate = SparkTestData.gate(b, dir.resolve("gb"), "--corpus-stats", "--corpus-stats-from",
                saved.toString());
        Path out = dir.resolve("out");
        assertEquals(0, job(b.toString(), out.toString(), "--corpus-stats", "--corpus-stats-from", saved.toString()), log());
        assertEquals(SparkTestData.annotations(gate.get("kept")), parquetAnnotations(spark, out, "kept"));
        assertEquals(SparkTestData.annotations(gate.get("rejected")), parquetAnnotations(spark, out, "rejected"));
        assertTrue(String.join("\n", gate.get("kept")).contains("boilerplate.repeated")
                || String.join("\n", gate.get("rejected")).contains("boilerplate.repeated"), "the shared line is flagged");
        assertEquals(2, job(b.toString(), dir.resolve("o2").toString(), "--corpus-stats-from", dir.resolve("none").toString()));
        assertTrue(log().contains("cannot read saved corpus statistics"), log());
    }

    @Test
    void parquetInputIsGatedToo() throws Exception {
        SparkSession spark = SparkTestData.spark();
        Path json = SparkTestData.write(dir.resolve("docs.jsonl"), SparkTestData.seedRecords());
        Path parquet = dir.resolve("docs.parquet");
        spark.read().json(json.toString()).coalesce(1).write().parquet(parquet.toString());
        Path out = dir.resolve("out");
        assertEquals(0, job(parquet.toString(), out.toString()), log());
        Map<String, List<String>> gate = SparkTestData.gate(json, dir);
        Map<String, JsonNode> expected = new HashMap<>();
        SparkTestData.annotations(gate.get("kept")).forEach(expected::put);
        SparkTestData.annotations(gate.get("rejected")).forEach(expected::put);
        Map<String, JsonNode> got = new HashMap<>(parquetAnnotations(spark, out, "kept"));
        got.putAll(parquetAnnotations(spark, out, "rejected"));
        assertEquals(expected, got);
    }

    @Test
    void aKilledRunResumesWithoutLosingOrRepeatingADocument() throws Exception {
        List<String> records = SparkTestData.manyRecords();
        Path in = SparkTestData.write(dir.resolve("docs.jsonl"), records);
        Path out = dir.resolve("out");
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        cmd.addAll(List.of(System.getProperty("spark.opens").split(" ")));
        cmd.addAll(List.of("-Xmx1g", "-cp", System.getProperty("java.class.path"), GateJob.class.getName(),
                "--master", "local[1]", in.toString(), out.toString(), "--format", "jsonl", "--split-mb", "0.05",
                "--batch", "1"));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(dir.resolve("first.log").toFile()).start();
        Path done = out.resolve("_noisegate/done");
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(5);
        int markers = 0;
        while (p.isAlive() && System.nanoTime() < deadline) {
            markers = count(done);
            if (markers >= 2) {
                break;
            }
            Thread.sleep(50);
        }
        assertTrue(p.isAlive(), "the first run ended before it could be killed: " + Files.readString(dir.resolve("first.log")));
        p.destroyForcibly().waitFor();
        int units = SparkTestData.JSON.readTree(out.resolve("_noisegate/job.json").toFile()).get("units").size();
        int before = count(done);
        assertTrue(before >= 2 && before < units, before + " of " + units + " units done when killed");
        assertEquals(0, job(in.toString(), out.toString(), "--format", "jsonl", "--split-mb", "0.05", "--batch", "1"), log());
        assertTrue(log().contains("resuming: " + before + " of " + units + " units done before"), log());
        Set<String> ids = new HashSet<>();
        long lines = 0;
        for (String status : List.of("kept", "rejected")) {
            try (Stream<Path> s = Files.list(out.resolve(status))) {
                for (Path f : s.toList()) {
                    for (String l : Files.readAllLines(f, StandardCharsets.UTF_8)) {
                        lines++;
                        assertTrue(ids.add(SparkTestData.JSON.readTree(l).get("id").asText()), "written twice: " + l);
                    }
                }
            }
        }
        assertEquals(records.size(), lines);
        assertEquals(records.size(), SparkTestData.JSON.readTree(out.resolve("summary.json").toFile()).get("documents").asLong());
    }

    private static int count(Path done) throws IOException {
        if (!Files.isDirectory(done)) {
            return 0;
        }
        try (Stream<Path> s = Files.list(done)) {
            return (int) s.filter(f -> f.getFileName().toString().matches("unit-\\d+\\.json")).count();
        }
    }

    @Test
    void aRerunWithOtherOptionsIsRefusedAndBadInputsAreClearErrors() throws Exception {
        Path in = SparkTestData.write(dir.resolve("seeds.jsonl"), SparkTestData.seedRecords());
        Path out = dir.resolve("out");
        assertEquals(0, job(in.toString(), out.toString(), "--format", "jsonl"));
        assertEquals(2, job(in.toString(), out.toString(), "--format", "jsonl", "--min-score", "50"));
        assertTrue(log().contains("holds the output of another job"), log());
        assertEquals(2, job(dir.resolve("missing.jsonl").toString(), dir.resolve("o2").toString()));
        assertTrue(log().contains("no such input: "), log());
        Path empty = SparkTestData.write(dir.resolve("empty.jsonl"), List.of());
        assertEquals(2, job(empty.toString(), dir.resolve("o3").toString()));
        assertTrue(log().contains("no document in"), log());
        Path wrong = SparkTestData.write(dir.resolve("wrong.jsonl"), List.of("{\"body\": \"x\"}", "{\"body\": \"y\"}"));
        assertEquals(2, job(wrong.toString(), dir.resolve("o4").toString(), "--format", "jsonl"));
        assertTrue(log().contains("every document was an error"), log());
        assertEquals(2, job(in.toString(), dir.resolve("o5").toString(), "--max-category", "colour=3"));
        assertTrue(log().contains("--max-category takes CATEGORY=N"), log());
    }

    @Test
    void aTruncatedFileBecomesAnErrorRecordAndTheOtherFilesGoOn() throws Exception {
        Path good = SparkTestData.write(dir.resolve("good.jsonl"), SparkTestData.seedRecords());
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        try (OutputStream os = new GZIPOutputStream(bytes)) {
            os.write((String.join("\n", SparkTestData.seedRecords()) + "\n").getBytes(StandardCharsets.UTF_8));
        }
        Path cut = dir.resolve("cut.jsonl.gz");
        Files.write(cut, java.util.Arrays.copyOf(bytes.toByteArray(), bytes.size() / 2));
        Path out = dir.resolve("out");
        assertEquals(0, job(cut.toString(), good.toString(), out.toString(), "--format", "jsonl"), log());
        Map<String, List<String>> gate = SparkTestData.gate(List.of(cut, good), dir);
        List<String> rejected = new ArrayList<>();
        try (Stream<Path> s = Files.list(out.resolve("rejected"))) {
            for (Path p : s.toList()) {
                rejected.addAll(Files.readAllLines(p, StandardCharsets.UTF_8));
            }
        }
        List<String> errors = rejected.stream().filter(l -> l.startsWith("{\"noisegate\":{\"error\"")).sorted().toList();
        assertEquals(gate.get("rejected").stream().filter(l -> l.startsWith("{\"noisegate\":{\"error\"")).sorted().toList(),
                errors);
        assertTrue(errors.stream().anyMatch(l -> l.contains("cut.jsonl.gz") && l.contains("ends too early")), errors.toString());
        JsonNode summary = SparkTestData.JSON.readTree(out.resolve("summary.json").toFile());
        assertEquals(gate.get("kept").size() + gate.get("rejected").size(), summary.get("documents").asLong());
        assertTrue(summary.get("kept").asLong() + summary.get("rejected").asLong() >= 5, "the good file's documents are gated");
    }
}
