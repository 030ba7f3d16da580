package org.noisegate.spark;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.apache.spark.sql.SparkSession;

/** Shared by the Spark tests: one local[2] session, documents made from the repository's texts, gate's output. */
final class SparkTestData {
    static final ObjectMapper JSON = new ObjectMapper();
    private static SparkSession spark;

    private SparkTestData() {
    }

    static synchronized SparkSession spark() {
        if (spark == null) {
            spark = SparkSession.builder().master("local[2]").appName("noisegate-test")
                    .config("spark.ui.enabled", "false").config("spark.sql.shuffle.partitions", "4").getOrCreate();
        }
        return spark;
    }

    /** The seeds, one JSONL record each ({"id": file name, "text": …}). */
    static List<String> seedRecords() throws IOException {
        List<String> out = new ArrayList<>();
        try (Stream<Path> s = Files.list(Path.of("seeds"))) {
            for (Path p : s.sorted().toList()) {
                ObjectNode o = JSON.createObjectNode();
                o.put("id", p.getFileName().toString());
                o.put("text", Files.readString(p));
                out.add(JSON.writeValueAsString(o));
            }
        }
        return out;
    }

    /**
     * Some thousands of documents: every four lines of the web-page dumps in eval/dumps (real
     * pages, boilerplate and content) and every paragraph of the seeds, with a field of another
     * type and a nested one so that the Parquet schema has something to carry.
     */
    static List<String> manyRecords() throws IOException {
        List<String> out = new ArrayList<>();
        List<Path> files = new ArrayList<>();
        try (Stream<Path> s = Files.list(Path.of("eval/dumps"))) {
            s.filter(p -> p.getFileName().toString().endsWith(".txt")).sorted().forEach(files::add);
        }
        try (Stream<Path> s = Files.list(Path.of("seeds"))) {
            s.sorted().forEach(files::add);
        }
        for (Path f : files) {
            List<String> lines = Files.readAllLines(f, StandardCharsets.UTF_8).stream().filter(l -> !l.isBlank()).toList();
            for (int i = 0; i < lines.size(); i += 4) {
                ObjectNode o = JSON.createObjectNode();
                o.put("id", f.getFileName() + "#" + i);
                o.put("text", String.join("\n", lines.subList(i, Math.min(lines.size(), i + 4))));
                o.put("n", out.size());
                o.putObject("meta").put("file", f.getFileName().toString());
                out.add(JSON.writeValueAsString(o));
            }
        }
        return out;
    }

    /** The records, with one line (a post's byline, the same every time) added to the texts of those the test picks. */
    static List<String> withLine(List<String> records, java.util.function.IntPredicate pick) throws IOException {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < records.size(); i++) {
            ObjectNode o = (ObjectNode) JSON.readTree(records.get(i));
            if (pick.test(i)) {
                o.put("text", o.get("text").asText() + "\nPosted by the editorial team in News | 3 comments");
            }
            out.add(JSON.writeValueAsString(o));
        }
        return out;
    }

    static Path write(Path file, List<String> lines) throws IOException {
        Files.write(file, lines, StandardCharsets.UTF_8);
        return file;
    }

    /** Runs the command-line gate (target/noisegate.jar) on the input; kept and rejected JSONL lines. */
    static Map<String, List<String>> gate(Path input, Path dir, String... options) throws IOException, InterruptedException {
        return gate(List.of(input), dir, options);
    }

    /** Runs the command-line gate on the inputs, in that order; kept and rejected JSONL lines. */
    static Map<String, List<String>> gate(List<Path> inputs, Path dir, String... options)
            throws IOException, InterruptedException {
        Path jar = Path.of("target/noisegate.jar");
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException("target/noisegate.jar is missing: build the core first (mvn verify at the root)");
        }
        Files.createDirectories(dir);
        Path keep = dir.resolve("gate-kept.jsonl");
        Path reject = dir.resolve("gate-rejected.jsonl");
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", jar.toString(), "gate", "--keep", keep.toString(), "--reject", reject.toString()));
        inputs.forEach(i -> cmd.add(i.toString()));
        cmd.addAll(List.of(options));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(dir.resolve("gate.log").toFile()).start();
        if (!p.waitFor(10, TimeUnit.MINUTES)) {
            p.destroyForcibly();
            throw new IllegalStateException("gate did not finish");
        }
        if (p.exitValue() != 0) {
            throw new IllegalStateException("gate exited with " + p.exitValue() + ": " + Files.readString(dir.resolve("gate.log")));
        }
        Map<String, List<String>> out = new HashMap<>();
        out.put("kept", Files.readAllLines(keep, StandardCharsets.UTF_8));
        out.put("rejected", Files.readAllLines(reject, StandardCharsets.UTF_8));
        return out;
    }

    /** The noisegate object of each of gate's lines, by the record's id. */
    static Map<String, JsonNode> annotations(List<String> lines) throws IOException {
        Map<String, JsonNode> out = new HashMap<>();
        for (String l : lines) {
            JsonNode n = JSON.readTree(l);
            out.put(n.path("id").asText(), n.get("noisegate"));
        }
        return out;
    }
}
