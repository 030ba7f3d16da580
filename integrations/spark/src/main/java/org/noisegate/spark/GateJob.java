package org.noisegate.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.from_json;
import static org.apache.spark.sql.functions.get_json_object;
import static org.apache.spark.sql.functions.not;
import static org.apache.spark.sql.functions.when;
import static org.apache.spark.sql.functions.input_file_name;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.to_json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.TreeMap;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocatedFileStatus;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.RemoteIterator;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.storage.StorageLevel;
import org.noisegate.NoiseGate;
import org.noisegate.pipeline.GateDecision;
import org.noisegate.pipeline.Record;
import org.noisegate.pipeline.RecordReader;
import org.noisegate.report.FileResult;
import org.noisegate.rule.Category;
import org.noisegate.text.CorpusStats;

/**
 * {@code gate} on Spark: reads JSONL (plain, gz, zst) or Parquet, audits every document with the
 * same decision as the command-line {@code gate}, and writes {@code OUT/kept/} and
 * {@code OUT/rejected/} (Parquet, or JSONL with {@code --format jsonl}) with the same
 * {@code noisegate} annotation, plus {@code OUT/summary.json} and {@code OUT/summary.html}.
 *
 * <p>The work is cut into units (a JSONL file, or one stride of its lines; a Parquet file), fixed
 * in {@code OUT/_noisegate/job.json} by the first run. A unit's output files are moved into place
 * and then its done marker written; a rerun skips the units that have a marker and redoes the
 * others (removing what a killed run left of them), so it resumes where a killed run stopped.
 */
public final class GateJob {
    static final String USAGE = """
            usage: GateJob [options] INPUT... OUT_DIR
              INPUT            JSONL files (.jsonl, .gz, .zst), Parquet files (.parquet) or folders of them,
                               on any file system Hadoop reads (file:, hdfs:, s3a: …)
              --min-score N    reject documents scoring below N (default 80)
              --max-category CATEGORY=N   reject documents whose CATEGORY lost more than N points (repeatable)
              --text-field F   the field holding the text (default text); --id-field F (default id)
              --format F       parquet (default) or jsonl, for OUT_DIR/kept and OUT_DIR/rejected
              --corpus-stats   first count the lines that recur across documents, then flag them as boilerplate
              --corpus-stats-from FILE   merge statistics saved by 'noisegate gate --corpus-stats-save' (repeatable)
              --rules DIR      a folder of rule data extending the built-in rules (repeatable; shipped to executors)
              --enable IDS, --disable IDS, --lang CODE   as for noisegate gate
              --split-mb N     cut JSONL files into units of about N MB (default 64; at most 64 units a file)
              --batch N        units per Spark job (default 4 per core); a killed run loses at most one batch
              --master URL     the Spark master when not run by spark-submit (default local[*])
              --allow-empty    exit with 0 when the inputs hold no document
            """;
    static final String STATS = "_stats";
    private static final String META = "_noisegate";
    private static final StructType RESULT = new StructType()
            .add("unit", DataTypes.IntegerType, false)
            .add("status", DataTypes.StringType, false)
            .add("line", DataTypes.StringType, false);
    /** The noisegate column of Parquet output: the fields of gate's JSON noisegate object. */
    static final StructType NOISEGATE = new StructType()
            .add("score", DataTypes.DoubleType)
            .add("language", DataTypes.StringType)
            .add("categories", new StructType().add("boilerplate", DataTypes.DoubleType).add("mangled", DataTypes.DoubleType)
                    .add("number", DataTypes.DoubleType).add("name", DataTypes.DoubleType))
            .add("findings", new StructType().add("error", DataTypes.LongType).add("warning", DataTypes.LongType)
                    .add("info", DataTypes.LongType))
            .add("rules", DataTypes.createArrayType(DataTypes.StringType))
            .add("failedRules", DataTypes.createArrayType(new StructType().add("rule", DataTypes.StringType)
                    .add("reason", DataTypes.StringType)))
            .add("reasons", DataTypes.createArrayType(DataTypes.StringType))
            .add("error", DataTypes.StringType)
            .add("source", DataTypes.StringType)
            .add("line", DataTypes.LongType)
            .add("raw", DataTypes.StringType);
    /** How gate's line for a record it could not read begins (its original is in the line's raw field). */
    static final String ERROR_LINE = "{\"noisegate\":{\"error\":";

    private final SparkSession spark;
    private final JobOptions o;
    private final PrintStream err;
    private final Configuration conf;

    GateJob(SparkSession spark, JobOptions options, PrintStream err) {
        this.spark = spark;
        this.o = options;
        this.err = err;
        this.conf = spark.sparkContext().hadoopConfiguration();
    }

    public static void main(String[] args) {
        System.exit(run(System.err, args));
    }

    /** Runs the job; the exit code: 0 done, 2 bad usage or input (nothing or only errors to gate). */
    public static int run(PrintStream err, String... args) {
        JobOptions options;
        try {
            options = JobOptions.parse(args);
        } catch (IllegalArgumentException e) {
            err.println("noisegate-spark gate: " + e.getMessage());
            err.print(USAGE);
            return 2;
        }
        if (options.help()) {
            err.print(USAGE);
            return 0;
        }
        boolean ours = SparkSession.getActiveSession().isEmpty() && SparkSession.getDefaultSession().isEmpty();
        SparkSession.Builder b = SparkSession.builder().appName("noisegate gate");
        String master = options.master() != null ? options.master()
                : ours && System.getProperty("spark.master") == null ? "local[*]" : null;
        if (master != null) {
            b.master(master);
            if (master.startsWith("local") && System.getProperty("spark.ui.enabled") == null) {
                b.config("spark.ui.enabled", "false"); // one machine: no web UI to start (and no port to take)
            }
        }
        SparkSession spark = b.getOrCreate();
        try {
            return new GateJob(spark, options, err).execute();
        } catch (IllegalArgumentException | IllegalStateException e) {
            err.println("noisegate-spark gate: " + e.getMessage());
            return 2;
        } catch (IOException e) {
            err.println("noisegate-spark gate: " + e);
            return 2;
        } catch (Exception e) { // a Spark job that failed (SparkException is not declared by the Scala API)
            Throwable root = e;
            while (root.getCause() != null && root.getCause() != root) {
                root = root.getCause();
            }
            err.println("noisegate-spark gate: the Spark job failed: " + String.valueOf(e.getMessage()).lines().findFirst().orElse("")
                    + (root != e ? " (cause: " + root + ")" : "") + "; units done so far are kept: rerun to resume");
            return 2;
        } finally {
            if (ours) {
                spark.stop();
            }
        }
    }

    int execute() throws IOException {
        long start = System.nanoTime();
        Path out = new Path(o.out());
        FileSystem fs = out.getFileSystem(conf);
        if (fs instanceof org.apache.hadoop.fs.LocalFileSystem local) {
            // no .crc beside every file of a local output (the instance is shared with Spark's writers)
            local.setWriteChecksum(false);
        }
        Path meta = new Path(out, META);
        // the executors' half of the options, and the rule folders shipped to them
        Settings settings = new Settings(o.auditor().config(spark), o.minScore(), o.maxCategory(), o.textField(),
                o.idField());
        settings.decision(); // a bad --max-category fails here, before any work
        Auditors.get(settings.config()); // and bad rule data or options too
        List<Unit> units = units(fs, meta);
        Broadcast<byte[]> stats = o.corpusStats() || !o.corpusStatsFrom().isEmpty() ? corpusStats(fs, meta, units, settings)
                : null;
        Path tmp = new Path(meta, "tmp");
        fs.delete(tmp, true);
        Path done = new Path(meta, "done");
        fs.mkdirs(done);
        List<Unit> todo = new ArrayList<>();
        for (Unit u : units) {
            if (!fs.exists(marker(done, u))) {
                todo.add(u);
                removeOutputs(fs, out, u);
            }
        }
        if (todo.size() < units.size()) {
            err.printf(Locale.ROOT, "noisegate-spark gate: resuming: %d of %d units done before%n",
                    units.size() - todo.size(), units.size());
        }
        int batch = o.batch() > 0 ? o.batch() : 4 * spark.sparkContext().defaultParallelism();
        StructType parquetSchema = null;
        List<List<Unit>> batches = new ArrayList<>();
        for (String kind : List.of("jsonl", "parquet")) {
            List<Unit> ofKind = todo.stream().filter(u -> u.kind().equals(kind)).toList();
            for (int i = 0; i < ofKind.size(); i += batch) {
                batches.add(ofKind.subList(i, Math.min(ofKind.size(), i + batch)));
            }
        }
        for (int i = 0; i < batches.size(); i++) {
            List<Unit> bu = batches.get(i);
            if (bu.get(0).kind().equals("parquet") && parquetSchema == null) {
                parquetSchema = spark.read().option("mergeSchema", "true")
                        .parquet(units.stream().filter(u -> u.kind().equals("parquet")).map(Unit::uri).toArray(String[]::new))
                        .schema();
            }
            long docs = runBatch(fs, out, tmp, done, bu, settings, stats, parquetSchema);
            err.printf(Locale.ROOT, "noisegate-spark gate: batch %d of %d: %d units, %d documents%n", i + 1,
                    batches.size(), bu.size(), docs);
        }
        fs.delete(tmp, true);
        Tally total = new Tally();
        for (Unit u : units) {
            try (InputStream in = fs.open(marker(done, u))) {
                total.merge(Summary.JSON.readValue(in, Tally.class));
            }
        }
        ObjectNode summary = Summary.json(total, o.minScore(), o.inputs());
        write(fs, new Path(out, "summary.json"), Summary.JSON.writeValueAsString(summary) + "\n");
        write(fs, new Path(out, "summary.html"), Summary.html(summary));
        double secs = Math.max(1e-9, (System.nanoTime() - start) / 1e9);
        err.printf(Locale.ROOT, "noisegate-spark gate: %d kept, %d rejected, %d errors; %d documents in %.1f s "
                + "(%.0f documents/s); summary in %s%n", total.kept, total.rejected, total.errors, total.documents, secs,
                total.documents / secs, new Path(out, "summary.json"));
        if (total.documents == 0 && !o.allowEmpty()) {
            err.println("noisegate-spark gate: no document in " + String.join(", ", o.inputs())
                    + ": nothing passed the gate; check the inputs (or pass --allow-empty to accept empty input)");
            return 2;
        }
        if (total.documents > 0 && total.errors == total.documents) {
            err.println("noisegate-spark gate: every document was an error, so nothing passed the gate; "
                    + "check --text-field and the inputs (see " + new Path(out, "rejected") + ")");
            return 2;
        }
        return 0;
    }

    /** The job's units: fixed by the first run in job.json; a rerun with other inputs or options is refused. */
    private List<Unit> units(FileSystem fs, Path meta) throws IOException {
        Path job = new Path(meta, "job.json");
        ObjectNode wanted = Summary.JSON.createObjectNode();
        ArrayNode in = wanted.putArray("inputs");
        o.inputs().forEach(in::add);
        wanted.set("options", Summary.JSON.valueToTree(o.fingerprint()));
        if (fs.exists(job)) {
            JsonNode had;
            try (InputStream s = fs.open(job)) {
                had = Summary.JSON.readTree(s);
            }
            if (!wanted.get("inputs").equals(had.get("inputs")) || !wanted.get("options").equals(had.get("options"))) {
                throw new IllegalArgumentException(o.out() + " holds the output of another job (inputs or options differ: "
                        + had.get("inputs") + " " + had.get("options") + "); remove it or choose another output folder");
            }
            List<Unit> units = new ArrayList<>();
            for (JsonNode u : had.get("units")) {
                units.add(Summary.JSON.treeToValue(u, Unit.class));
            }
            return units;
        }
        Path out = new Path(o.out());
        FileSystem ofs = out.getFileSystem(conf);
        if (ofs.exists(out) && ofs.listStatus(out).length > 0) {
            throw new IllegalArgumentException(o.out() + " exists and is not the output of a noisegate job: "
                    + "choose a new output folder");
        }
        List<Unit> units = plan();
        wanted.set("units", Summary.JSON.valueToTree(units));
        fs.mkdirs(meta);
        write(fs, job, Summary.JSON.writeValueAsString(wanted) + "\n");
        return units;
    }

    /** Lists the inputs and cuts them into units, enough for every core to have work. */
    private List<Unit> plan() throws IOException {
        List<Found> files = new ArrayList<>();
        for (String input : o.inputs()) {
            Path p = new Path(input);
            FileSystem fs = p.getFileSystem(conf);
            FileStatus st;
            try {
                st = fs.getFileStatus(p);
            } catch (java.io.FileNotFoundException e) {
                throw new IllegalArgumentException("no such input: " + input);
            }
            if (!st.isDirectory()) {
                files.add(new Found(input, st.getPath().toString(), kind(input), st.getLen()));
                continue;
            }
            String base = st.getPath().toUri().getPath();
            List<Found> inDir = new ArrayList<>();
            RemoteIterator<LocatedFileStatus> it = fs.listFiles(p, true);
            while (it.hasNext()) {
                LocatedFileStatus f = it.next();
                String rel = f.getPath().toUri().getPath().substring(base.length()).replaceFirst("^/", "");
                if (hidden(rel)) {
                    continue;
                }
                String src = input.endsWith("/") ? input + rel : input + "/" + rel;
                inDir.add(new Found(src, f.getPath().toString(), kind(rel), f.getLen()));
            }
            inDir.sort(java.util.Comparator.comparing(Found::source));
            files.addAll(inDir);
        }
        long jsonlBytes = files.stream().filter(f -> f.kind().equals("jsonl")).mapToLong(Found::expanded).sum();
        int cores = spark.sparkContext().defaultParallelism();
        long split = Math.min(o.splitBytes(), Math.max(256L << 10, jsonlBytes / Math.max(1, 2L * cores)));
        List<Unit> units = new ArrayList<>();
        for (Found f : files) {
            int parts = f.kind().equals("jsonl") ? (int) Math.max(1, Math.min(64, (f.expanded() + split - 1) / split)) : 1;
            for (int k = 0; k < parts; k++) {
                units.add(new Unit(units.size(), f.source(), f.uri(), f.kind(), k, parts));
            }
        }
        return units;
    }

    private static boolean hidden(String rel) {
        for (String part : rel.split("/")) {
            if (part.startsWith("_") || part.startsWith(".")) {
                return true;
            }
        }
        return false;
    }

    /** An input file found by the listing. */
    private record Found(String source, String uri, String kind, long bytes) {
        /** About how many bytes of JSONL the file holds (compressed text expands about four times). */
        long expanded() {
            String n = source.toLowerCase(Locale.ROOT);
            return n.endsWith(".gz") || n.endsWith(".zst") ? bytes * 4 : bytes;
        }
    }

    static String kind(String name) {
        String n = org.noisegate.source.Inputs.baseName(name).toLowerCase(Locale.ROOT);
        return n.endsWith(".parquet") ? "parquet" : "jsonl";
    }

    /** Audits one batch of units and moves their output into place; the documents it holds. */
    private long runBatch(FileSystem fs, Path out, Path tmp, Path done, List<Unit> batch, Settings s,
                          Broadcast<byte[]> stats, StructType parquetSchema) throws IOException {
        JavaRDD<Row> rows;
        if (batch.get(0).kind().equals("jsonl")) {
            JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
            rows = jsc.parallelize(batch, batch.size())
                    .mapPartitions((FlatMapFunction<Iterator<Unit>, Row>) it -> new Audited(s, stats, it));
        } else {
            Map<String, Integer> byFile = new HashMap<>();
            batch.forEach(u -> byFile.put(new Path(u.uri()).toUri().getPath(), u.index()));
            Dataset<Row> in = spark.read().schema(parquetSchema).parquet(batch.stream().map(Unit::uri).toArray(String[]::new));
            Column[] all = java.util.Arrays.stream(in.columns()).map(c -> col("`" + c + "`")).toArray(Column[]::new);
            Dataset<Row> json = in.select(to_json(struct(all)).as("json"), input_file_name().as("file"));
            Map<Integer, Unit> unitsByIndex = new HashMap<>();
            batch.forEach(u -> unitsByIndex.put(u.index(), u));
            rows = json.javaRDD().mapPartitions((FlatMapFunction<Iterator<Row>, Row>) it ->
                    new AuditedRows(s, stats, it, byFile, unitsByIndex));
        }
        Dataset<Row> res = spark.createDataFrame(rows, RESULT).persist(StorageLevel.MEMORY_AND_DISK());
        try {
            Map<Integer, Tally> tallies = new TreeMap<>();
            for (Row r : res.filter(col("status").equalTo(STATS)).select("unit", "line").collectAsList()) {
                tallies.computeIfAbsent(r.getInt(0), k -> new Tally())
                        .merge(Summary.JSON.readValue(r.getString(1), Tally.class));
            }
            long documents = tallies.values().stream().mapToLong(t -> t.documents).sum();
            Dataset<Row> docs = res.filter(col("status").notEqual(STATS));
            if (documents > 0) {
                if (o.format().equals("jsonl")) {
                    docs.write().mode(SaveMode.Overwrite).partitionBy("unit", "status").text(tmp.toString());
                } else {
                    StructType schema = outputSchema(docs, parquetSchema);
                    Column error = col("line").startsWith(ERROR_LINE);
                    docs.select(col("unit"), col("status"), error.as("error"), col("line"),
                                    from_json(col("line"), schema, Map.of("mode", "FAILFAST")).as("r"))
                            .select(col("unit"), col("status"), col("r.*"),
                                    // an unreadable record has no columns: its original goes in noisegate.raw, as gate does
                                    when(col("error"), col("r.noisegate").withField("raw", get_json_object(col("line"), "$.raw")))
                                            .otherwise(col("r.noisegate")).as("noisegate__"))
                            .drop("noisegate").withColumnRenamed("noisegate__", "noisegate")
                            .write().mode(SaveMode.Overwrite).partitionBy("unit", "status").parquet(tmp.toString());
                }
            }
            String ext = o.format().equals("jsonl") ? ".jsonl" : ".parquet";
            for (Unit u : batch) {
                for (String status : List.of("kept", "rejected")) {
                    Path from = new Path(tmp, "unit=" + u.index() + "/status=" + status);
                    if (!fs.exists(from)) {
                        continue;
                    }
                    Path to = new Path(out, status);
                    fs.mkdirs(to);
                    int n = 0;
                    for (FileStatus f : fs.listStatus(from)) {
                        if (f.getPath().getName().startsWith("part-")) {
                            String name = String.format(Locale.ROOT, "part-%05d-%03d%s", u.index(), n++, ext);
                            if (!fs.rename(f.getPath(), new Path(to, name))) {
                                throw new IOException("cannot move " + f.getPath() + " to " + new Path(to, name));
                            }
                        }
                    }
                }
                Tally t = tallies.getOrDefault(u.index(), new Tally());
                Path m = marker(done, u);
                write(fs, new Path(done, "." + m.getName() + ".tmp"), Summary.JSON.writeValueAsString(t));
                if (!fs.rename(new Path(done, "." + m.getName() + ".tmp"), m)) {
                    throw new IOException("cannot write the done marker " + m);
                }
            }
            fs.delete(tmp, true);
            return documents;
        } finally {
            res.unpersist();
        }
    }

    /**
     * The columns of Parquet output: the input's (a Parquet input's schema, or the fields found in
     * the JSONL records that could be read), then the noisegate struct, as gate writes Parquet.
     */
    private StructType outputSchema(Dataset<Row> docs, StructType parquetSchema) {
        StructType found = parquetSchema != null ? parquetSchema
                : spark.read().json(docs.filter(not(col("line").startsWith(ERROR_LINE))).select("line").as(Encoders.STRING()))
                        .schema();
        List<StructField> fields = new ArrayList<>();
        for (StructField f : found.fields()) {
            if (!f.name().equals("noisegate")) {
                fields.add(f);
            }
        }
        return new StructType(fields.toArray(StructField[]::new)).add("noisegate", NOISEGATE);
    }

    private static Path marker(Path done, Unit u) {
        return new Path(done, String.format(Locale.ROOT, "unit-%05d.json", u.index()));
    }

    /** Removes what an unfinished run wrote of a unit. */
    private static void removeOutputs(FileSystem fs, Path out, Unit u) throws IOException {
        String prefix = String.format(Locale.ROOT, "part-%05d-", u.index());
        for (String status : List.of("kept", "rejected")) {
            Path dir = new Path(out, status);
            if (fs.exists(dir)) {
                for (FileStatus f : fs.listStatus(dir)) {
                    if (f.getPath().getName().startsWith(prefix)) {
                        fs.delete(f.getPath(), false);
                    }
                }
            }
        }
    }

    /**
     * The repeated-line statistics of all the documents: a sketch per task, merged, with those
     * of --corpus-stats-from; saved in _noisegate so that a resumed run audits with the same.
     */
    private Broadcast<byte[]> corpusStats(FileSystem fs, Path meta, List<Unit> units, Settings s) throws IOException {
        Path saved = new Path(meta, "corpus-stats.bin");
        byte[] bytes;
        if (fs.exists(saved)) {
            try (InputStream in = fs.open(saved)) {
                bytes = in.readAllBytes();
            }
        } else {
            CorpusStats all = null;
            if (o.corpusStats()) {
                JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
                List<Unit> jsonl = units.stream().filter(u -> u.kind().equals("jsonl")).toList();
                List<byte[]> sketches = new ArrayList<>();
                if (!jsonl.isEmpty()) {
                    sketches.addAll(jsc.parallelize(jsonl, jsonl.size()).map(u -> {
                        CorpusStats c = CorpusStats.standard();
                        Iterator<Record> it = s.reader().jsonl(u.source(), open(u), n -> (n - 1) % u.parts() == u.part());
                        it.forEachRemaining(r -> {
                            if (r.text() != null) {
                                c.add(r.text());
                            }
                        });
                        return c.toBytes();
                    }).collect());
                }
                String[] parquet = units.stream().filter(u -> u.kind().equals("parquet")).map(Unit::uri).toArray(String[]::new);
                if (parquet.length > 0) {
                    String field = s.textField();
                    sketches.addAll(spark.read().parquet(parquet).select(col("`" + field + "`").cast("string"))
                            .javaRDD().mapPartitions((FlatMapFunction<Iterator<Row>, byte[]>) it -> {
                                CorpusStats c = CorpusStats.standard();
                                it.forEachRemaining(r -> {
                                    if (!r.isNullAt(0)) {
                                        c.add(r.getString(0));
                                    }
                                });
                                return List.of(c.toBytes()).iterator();
                            }).collect());
                }
                for (byte[] b : sketches) {
                    CorpusStats c = CorpusStats.fromBytes(b);
                    all = all == null ? c : all.merge(c);
                }
            }
            for (String f : o.corpusStatsFrom()) {
                Path p = new Path(f);
                CorpusStats c;
                try (InputStream in = p.getFileSystem(conf).open(p)) {
                    c = CorpusStats.fromBytes(in.readAllBytes());
                } catch (IOException | IllegalArgumentException e) {
                    throw new IllegalArgumentException("--corpus-stats-from " + f + ": cannot read saved corpus statistics ("
                            + e.getMessage() + ")");
                }
                all = all == null ? c : all.merge(c);
            }
            bytes = (all == null ? CorpusStats.standard() : all).toBytes();
            fs.mkdirs(meta);
            try (OutputStream os = fs.create(saved, true)) {
                os.write(bytes);
            }
        }
        return JavaSparkContext.fromSparkContext(spark.sparkContext()).broadcast(bytes);
    }

    static InputStream open(Unit u) throws IOException {
        Path p = new Path(u.uri());
        return p.getFileSystem(new Configuration()).open(p);
    }

    private static void write(FileSystem fs, Path p, String text) throws IOException {
        try (OutputStream os = fs.create(p, true)) {
            os.write(text.getBytes(StandardCharsets.UTF_8));
        }
    }

    /**
     * A part of the work: a JSONL file's lines numbered {@code part} modulo {@code parts} (all of
     * them when parts is 1), or a Parquet file.
     *
     * @param source the name of the input as gate would give it (error annotations carry it)
     */
    public record Unit(int index, String source, String uri, String kind, int part, int parts) implements Serializable {
    }

    /** What the executors need: the auditor's configuration and the decision's thresholds. */
    record Settings(AuditorConfig config, double minScore, Map<String, Double> maxCategory, String textField,
                    String idField) implements Serializable {
        Settings {
            maxCategory = Map.copyOf(maxCategory);
        }

        GateDecision decision() {
            Map<Category, Double> max = new LinkedHashMap<>();
            maxCategory.forEach((k, v) -> max.put(Category.of(k), v));
            return new GateDecision(minScore, max);
        }

        RecordReader reader() {
            return new RecordReader("jsonl", textField, idField, InputStream.nullInputStream());
        }
    }

    /** The decided documents of JSONL units, then one tally row per unit; pulled one at a time. */
    private static final class Audited implements Iterator<Row> {
        private final Settings s;
        private final Broadcast<byte[]> stats;
        private final Iterator<Unit> units;
        private final NoiseGate gate;
        private final GateDecision decision;
        private Unit unit;
        private Iterator<Record> records;
        private Tally tally;
        private Row next;

        Audited(Settings s, Broadcast<byte[]> stats, Iterator<Unit> units) {
            this.s = s;
            this.stats = stats;
            this.units = units;
            this.gate = Auditors.get(s.config());
            this.decision = s.decision();
        }

        @Override
        public boolean hasNext() {
            while (next == null) {
                if (records != null && records.hasNext()) {
                    Record rec = records.next();
                    if (rec.line() == 0 && unit.part() != 0) {
                        continue; // a file-level error: the stride with part 0 reports it, once
                    }
                    FileResult r = GateDecision.audit(gate, rec, Auditors.stats(stats));
                    GateDecision.Outcome d = decision.decide(rec, r);
                    tally.add(d, r);
                    next = RowFactory.create(unit.index(), d.keep() ? "kept" : "rejected", d.line());
                } else if (records != null) {
                    next = tallyRow(unit.index(), tally);
                    records = null;
                } else if (units.hasNext()) {
                    unit = units.next();
                    tally = new Tally();
                    Unit u = unit;
                    try {
                        records = s.reader().jsonl(u.source(), open(u), n -> (n - 1) % u.parts() == u.part());
                    } catch (IOException | RuntimeException e) {
                        records = List.of(Record.error(u.source(), 0, null, "cannot read: " + e.getMessage())).iterator();
                    }
                } else {
                    return false;
                }
            }
            return true;
        }

        @Override
        public Row next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            Row r = next;
            next = null;
            return r;
        }
    }

    /** The decided documents of Parquet rows (as JSON objects), then one tally row per unit seen. */
    private static final class AuditedRows implements Iterator<Row> {
        private final Settings s;
        private final Broadcast<byte[]> stats;
        private final Iterator<Row> rows;
        private final Map<String, Integer> byFile;
        private final Map<Integer, Unit> units;
        private final NoiseGate gate;
        private final GateDecision decision;
        private final Map<Integer, Tally> tallies = new TreeMap<>();
        private Iterator<Map.Entry<Integer, Tally>> ending;

        AuditedRows(Settings s, Broadcast<byte[]> stats, Iterator<Row> rows, Map<String, Integer> byFile,
                    Map<Integer, Unit> units) {
            this.s = s;
            this.stats = stats;
            this.rows = rows;
            this.byFile = byFile;
            this.units = units;
            this.gate = Auditors.get(s.config());
            this.decision = s.decision();
        }

        @Override
        public boolean hasNext() {
            if (rows.hasNext()) {
                return true;
            }
            if (ending == null) {
                ending = tallies.entrySet().iterator();
            }
            return ending.hasNext();
        }

        @Override
        public Row next() {
            if (rows.hasNext()) {
                Row row = rows.next();
                Integer index = byFile.get(new Path(row.getString(1)).toUri().getPath());
                if (index == null) {
                    throw new IllegalStateException("a row of " + row.getString(1) + ", which is no unit of this batch");
                }
                Unit u = units.get(index);
                Record rec = Record.ofLine(u.source(), 0, row.getString(0), s.textField(), s.idField());
                FileResult r = GateDecision.audit(gate, rec, Auditors.stats(stats));
                GateDecision.Outcome d = decision.decide(rec, r);
                tallies.computeIfAbsent(index, k -> new Tally()).add(d, r);
                return RowFactory.create(index, d.keep() ? "kept" : "rejected", d.line());
            }
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            Map.Entry<Integer, Tally> e = ending.next();
            return tallyRow(e.getKey(), e.getValue());
        }
    }

    private static Row tallyRow(int unit, Tally t) {
        try {
            return RowFactory.create(unit, STATS, Summary.JSON.writeValueAsString(t));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
