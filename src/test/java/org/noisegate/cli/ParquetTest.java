package org.noisegate.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.parquet.conf.PlainParquetConfiguration;
import org.apache.parquet.example.data.Group;
import org.apache.parquet.example.data.simple.SimpleGroupFactory;
import org.apache.parquet.hadoop.ParquetWriter;
import org.apache.parquet.hadoop.example.ExampleParquetWriter;
import org.apache.parquet.hadoop.metadata.CompressionCodecName;
import org.apache.parquet.io.LocalOutputFile;
import org.apache.parquet.schema.GroupType;
import org.apache.parquet.schema.MessageType;
import org.apache.parquet.schema.MessageTypeParser;
import org.apache.parquet.schema.Type;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.noisegate.pipeline.ParquetCodecs;
import org.noisegate.pipeline.ParquetRows;

/**
 * Parquet in gate and audit, against the same records as JSONL; corrupt Parquet; corpus statistics
 * saved per shard and merged. The test classpath has no Hadoop (see core/pom.xml), so these also
 * prove that Parquet is read and written without it.
 */
class ParquetTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String NOISY = "Reklam Alanı\nThe troops numbered 600০০ that year.\nPaylaş";
    private static final String CLEAN = "The committee met on Tuesday and agreed on the budget for next year.";
    private static final String MIXED = "জাপানের colon পনিবেশিক পেশা শুরু হয় ১৯১০ সালে।\nকোরিয়া তখন স্বাধীনতা হারায়।";
    private static final MessageType SCHEMA = MessageTypeParser.parseMessageType("""
            message doc {
              required binary id (STRING);
              optional binary text (STRING);
              optional int64 n;
              optional double weight;
              optional boolean ok;
              optional group tags (LIST) { repeated group list { required binary element (STRING); } }
              optional group meta { optional binary src (STRING); required int32 year; }
            }""");

    @TempDir
    Path tmp;

    /** One test document: its columns, and the same as a JSON line. */
    private record Doc(String id, String text, long n, List<String> tags, String src) {
        String json() throws IOException {
            ObjectNode o = JSON.createObjectNode();
            o.put("id", id);
            if (text != null) {
                o.put("text", text);
            }
            o.put("n", n);
            o.put("weight", n / 4.0);
            o.put("ok", n % 2 == 0);
            ArrayNode t = o.putArray("tags");
            tags.forEach(t::add);
            o.putObject("meta").put("src", src).put("year", 2000 + (int) n);
            return JSON.writeValueAsString(o);
        }
    }

    private static List<Doc> docs() {
        return List.of(new Doc("c1", CLEAN, 1, List.of("news", "en"), "wire"),
                new Doc("n2", NOISY, 2, List.of(), "scrape"),
                new Doc("m3", MIXED, 3, List.of("bn"), "mt"),
                new Doc("x4", null, 4, List.of("empty"), "broken"),
                new Doc("c5", CLEAN + "\nThe vote was unanimous.", 5, List.of("en"), "wire"));
    }

    private Path parquet(String name, List<Doc> docs, CompressionCodecName codec) throws IOException {
        Path p = tmp.resolve(name);
        try (ParquetWriter<Group> w = ExampleParquetWriter.builder(new LocalOutputFile(p)).withType(SCHEMA)
                .withConf(new PlainParquetConfiguration()).withCodecFactory(ParquetCodecs.INSTANCE)
                .withCompressionCodec(codec).build()) {
            SimpleGroupFactory f = new SimpleGroupFactory(SCHEMA);
            for (Doc d : docs) {
                Group g = f.newGroup().append("id", d.id()).append("n", d.n()).append("weight", d.n() / 4.0)
                        .append("ok", d.n() % 2 == 0);
                if (d.text() != null) {
                    g.append("text", d.text());
                }
                Group tags = g.addGroup("tags");
                for (String t : d.tags()) {
                    tags.addGroup("list").append("element", t);
                }
                g.addGroup("meta").append("src", d.src()).append("year", 2000 + (int) d.n());
                w.write(g);
            }
        }
        return p;
    }

    private Path jsonl(String name, List<Doc> docs) throws IOException {
        List<String> lines = new ArrayList<>();
        for (Doc d : docs) {
            lines.add(d.json());
        }
        return Files.write(tmp.resolve(name), lines, StandardCharsets.UTF_8);
    }

    private static List<Group> rows(Path p) throws IOException {
        List<Group> out = new ArrayList<>();
        ParquetRows.rows(p, out::add);
        return out;
    }

    /** The noisegate struct of an output row as the JSON object gate writes to JSONL. */
    private static JsonNode noisegate(Group row) throws IOException {
        Group g = row.getGroup("noisegate", 0);
        GroupType t = g.getType();
        ObjectNode o = JSON.createObjectNode();
        if (g.getFieldRepetitionCount("error") > 0) {
            o.put("error", g.getString("error", 0));
            o.put("source", g.getString("source", 0));
            if (g.getFieldRepetitionCount("line") > 0) {
                o.put("line", g.getLong("line", 0));
            }
            return JSON.readTree(JSON.writeValueAsString(o));
        }
        o.put("score", g.getDouble("score", 0));
        if (g.getFieldRepetitionCount("language") > 0) {
            o.put("language", g.getString("language", 0));
        }
        ObjectNode cats = o.putObject("categories");
        Group c = g.getGroup("categories", 0);
        for (Type f : c.getType().getFields()) {
            if (c.getFieldRepetitionCount(f.getName()) > 0) {
                cats.put(f.getName(), c.getDouble(f.getName(), 0));
            }
        }
        ObjectNode counts = o.putObject("findings");
        Group fc = g.getGroup("findings", 0);
        for (String s : new String[] {"error", "warning", "info"}) {
            counts.put(s, fc.getLong(s, 0));
        }
        o.set("rules", strings(g, "rules"));
        if (g.getFieldRepetitionCount("failedRules") > 0) {
            ArrayNode fr = o.putArray("failedRules");
            Group l = g.getGroup("failedRules", 0);
            for (int i = 0; i < l.getFieldRepetitionCount("list"); i++) {
                Group e = l.getGroup("list", i).getGroup("element", 0);
                fr.addObject().put("rule", e.getString("rule", 0)).put("reason", e.getString("reason", 0));
            }
        }
        if (g.getFieldRepetitionCount("reasons") > 0) {
            o.set("reasons", strings(g, "reasons"));
        }
        assertEquals(0, g.getFieldRepetitionCount("raw"), "a row with its columns has no raw copy");
        assertTrue(t.containsField("raw"));
        return JSON.readTree(JSON.writeValueAsString(o));
    }

    private static ArrayNode strings(Group g, String field) {
        ArrayNode a = JSON.createArrayNode();
        Group l = g.getGroup(field, 0);
        for (int i = 0; i < l.getFieldRepetitionCount("list"); i++) {
            a.add(l.getGroup("list", i).getString("element", 0));
        }
        return a;
    }

    private static Map<String, JsonNode> byId(Path jsonl) throws IOException {
        Map<String, JsonNode> out = new LinkedHashMap<>();
        for (String l : Files.readAllLines(jsonl, StandardCharsets.UTF_8)) {
            JsonNode n = JSON.readTree(l);
            String id = n.has("id") ? n.get("id").asText() : JSON.readTree(n.get("raw").asText()).get("id").asText();
            out.put(id, n);
        }
        return out;
    }

    @Test
    void gateWritesParquetWhoseNoisegateStructIsTheJsonObject() throws IOException {
        Path in = parquet("docs.parquet", docs(), CompressionCodecName.SNAPPY);
        Path same = jsonl("docs.jsonl", docs());
        Path keep = tmp.resolve("keep.parquet");
        Path reject = tmp.resolve("reject.parquet");
        CliTest.Run r = CliTest.run("gate", "--keep", keep.toString(), "--reject", reject.toString(), in.toString());
        assertEquals(0, r.code(), r.err());
        Path keepJ = tmp.resolve("keep.jsonl");
        Path rejectJ = tmp.resolve("reject.jsonl");
        assertEquals(0, CliTest.run("gate", "--keep", keepJ.toString(), "--reject", rejectJ.toString(), same.toString()).code());
        Map<String, JsonNode> kept = byId(keepJ);
        Map<String, JsonNode> rejected = byId(rejectJ);
        assertEquals(List.of("c1", "m3", "c5"), List.copyOf(kept.keySet()), "the split under test");
        assertEquals(List.of("n2", "x4"), List.copyOf(rejected.keySet()));

        for (Path out : new Path[] {keep, reject}) {
            List<Group> rows = rows(out);
            Map<String, JsonNode> expected = out == keep ? kept : rejected;
            assertEquals(expected.size(), rows.size(), out.toString());
            for (int i = 0; i < rows.size(); i++) {
                Group row = rows.get(i);
                String id = row.getString("id", 0);
                assertEquals(List.copyOf(expected.keySet()).get(i), id, "input order");
                JsonNode want = expected.get(id).get("noisegate").deepCopy();
                JsonNode got = noisegate(row);
                if (want.has("error")) {
                    // the same error; only the source differs (docs.jsonl against docs.parquet)
                    assertEquals(in.toString(), got.get("source").asText());
                    ((ObjectNode) want).remove("source");
                    ((ObjectNode) got).remove("source");
                }
                assertEquals(want, got, id);
                // the original columns, typed as they were
                Doc d = docs().stream().filter(x -> x.id().equals(id)).findFirst().orElseThrow();
                assertEquals(d.n(), row.getLong("n", 0));
                assertEquals(d.n() / 4.0, row.getDouble("weight", 0));
                assertEquals(d.n() % 2 == 0, row.getBoolean("ok", 0));
                assertEquals(d.src(), row.getGroup("meta", 0).getString("src", 0));
                assertEquals(2000 + (int) d.n(), row.getGroup("meta", 0).getInteger("year", 0));
                Group tags = row.getGroup("tags", 0);
                assertEquals(d.tags().size(), tags.getFieldRepetitionCount("list"));
                for (int k = 0; k < d.tags().size(); k++) {
                    assertEquals(d.tags().get(k), tags.getGroup("list", k).getString("element", 0));
                }
                assertEquals(d.text() == null ? 0 : 1, row.getFieldRepetitionCount("text"));
                if (d.text() != null) {
                    assertEquals(d.text(), row.getString("text", 0));
                }
            }
        }
        JsonNode noisy = rejected.get("n2").get("noisegate");
        assertTrue(noisy.get("rules").toString().contains("number.mixed-digits"), noisy.toString());
        assertTrue(noisy.get("reasons").get(0).asText().contains("score"), noisy.toString());
    }

    @Test
    void parquetToJsonlCarriesTheRowsFields() throws IOException {
        Path in = parquet("docs.parquet", docs(), CompressionCodecName.ZSTD);
        Path keep = tmp.resolve("keep.jsonl");
        Path reject = tmp.resolve("reject.jsonl");
        assertEquals(0, CliTest.run("gate", "--keep", keep.toString(), "--reject", reject.toString(), in.toString()).code());
        JsonNode c1 = byId(keep).get("c1");
        assertEquals(CLEAN, c1.get("text").asText());
        assertEquals(1, c1.get("n").asLong());
        assertEquals("[\"news\",\"en\"]", c1.get("tags").toString());
        assertEquals("wire", c1.get("meta").get("src").asText());
        assertTrue(c1.get("noisegate").get("score").asDouble() >= 80);
        JsonNode x4 = byId(reject).get("x4");
        assertEquals("no text field 'text'", x4.get("noisegate").get("error").asText());
        assertEquals(4, x4.get("noisegate").get("line").asInt(), "the row number");
    }

    @Test
    void auditFindsInParquetWhatItFindsInTheSameJsonl() throws IOException {
        Path same = jsonl("docs.jsonl", docs());
        JsonNode want = CliTest.run("audit", "--format", "json", same.toString()).json();
        for (CompressionCodecName codec : new CompressionCodecName[] {CompressionCodecName.UNCOMPRESSED,
                CompressionCodecName.SNAPPY, CompressionCodecName.GZIP, CompressionCodecName.ZSTD,
                CompressionCodecName.LZ4_RAW}) {
            Path in = parquet("docs-" + codec + ".parquet", docs(), codec);
            CliTest.Run r = CliTest.run("audit", "--format", "json", in.toString());
            assertEquals(2, r.code(), "x4 has no text: a failed result, exit 2; " + r.err());
            JsonNode got = r.json();
            assertEquals(want.get("files").size(), got.get("files").size(), codec.toString());
            for (int i = 0; i < want.get("files").size(); i++) {
                JsonNode w = want.get("files").get(i);
                JsonNode g = got.get("files").get(i);
                assertEquals(w.get("path").asText().replace(same.toString(), in.toString()), g.get("path").asText());
                assertEquals(w.get("status"), g.get("status"));
                assertEquals(w.get("score"), g.get("score"), g.get("path").asText());
                assertEquals(w.get("findings"), g.get("findings"), g.get("path").asText());
                assertEquals(w.get("note"), g.get("note"));
            }
            int findings = 0;
            for (JsonNode f : got.get("files")) {
                findings += f.path("findings").size();
            }
            assertTrue(findings >= 3, "the noisy documents have findings: " + findings);
        }
    }

    @Test
    void badParquetIsAnErrorOfItsFileAndTheOtherFilesGoOn() throws IOException {
        Path good = parquet("good.parquet", docs().subList(0, 1), CompressionCodecName.SNAPPY);
        byte[] bytes = Files.readAllBytes(good);
        Path truncated = Files.write(tmp.resolve("truncated.parquet"), java.util.Arrays.copyOf(bytes, bytes.length / 2));
        Path garbage = Files.write(tmp.resolve("garbage.parquet"), "PAR1 but nothing after it".getBytes(StandardCharsets.UTF_8));
        MessageType noText = MessageTypeParser.parseMessageType("message m { required binary body (STRING); }");
        Path wrong = tmp.resolve("notext.parquet");
        try (ParquetWriter<Group> w = ExampleParquetWriter.builder(new LocalOutputFile(wrong)).withType(noText)
                .withConf(new PlainParquetConfiguration()).withCodecFactory(ParquetCodecs.INSTANCE).build()) {
            w.write(new SimpleGroupFactory(noText).newGroup().append("body", CLEAN));
        }
        Path intText = tmp.resolve("inttext.parquet");
        MessageType ints = MessageTypeParser.parseMessageType("message m { required int32 text; }");
        try (ParquetWriter<Group> w = ExampleParquetWriter.builder(new LocalOutputFile(intText)).withType(ints)
                .withConf(new PlainParquetConfiguration()).withCodecFactory(ParquetCodecs.INSTANCE).build()) {
            w.write(new SimpleGroupFactory(ints).newGroup().append("text", 7));
        }
        // a corrupt page: flip bytes in the middle of the column data, keep the footer
        byte[] flipped = bytes.clone();
        for (int i = 4; i < Math.min(flipped.length / 3, 200); i++) {
            flipped[i] = (byte) ~flipped[i];
        }
        Path corrupt = Files.write(tmp.resolve("corrupt.parquet"), flipped);
        Path after = jsonl("after.jsonl", docs().subList(0, 1));

        List<String> bad = List.of(truncated.toString(), garbage.toString(), wrong.toString(), intText.toString(),
                corrupt.toString());
        List<String> args = new ArrayList<>(List.of("audit", "--format", "json", good.toString()));
        args.addAll(bad);
        args.add(after.toString());
        CliTest.Run a = CliTest.run(args.toArray(String[]::new));
        assertEquals(2, a.code(), a.err());
        JsonNode files = a.json().get("files");
        assertEquals("audited", files.get(0).get("status").asText());
        assertEquals("audited", files.get(files.size() - 1).get("status").asText(), "the file after the bad ones");
        Map<String, String> notes = new LinkedHashMap<>();
        for (JsonNode f : files) {
            if (f.get("status").asText().equals("failed")) {
                notes.put(f.get("path").asText(), f.get("note").asText());
            }
        }
        for (String b : bad) {
            assertTrue(notes.containsKey(b), b + " is one failed result: " + notes);
        }
        assertTrue(notes.get(truncated.toString()).contains("not a Parquet file, or a truncated one"), notes.toString());
        assertTrue(notes.get(wrong.toString()).contains("no text column 'text'")
                && notes.get(wrong.toString()).contains("body"), notes.toString());
        assertTrue(notes.get(intText.toString()).contains("not a string"), notes.toString());
        for (String n : notes.values()) {
            assertFalse(n.contains("Exception") || n.contains("\tat "), "in words, no stack trace: " + n);
        }

        Path keep = tmp.resolve("keep.parquet");
        Path reject = tmp.resolve("reject.jsonl");
        List<String> gate = new ArrayList<>(List.of("gate", "--keep", keep.toString(), "--reject", reject.toString(),
                good.toString()));
        gate.addAll(bad);
        gate.add(after.toString());
        CliTest.Run g = CliTest.run(gate.toArray(String[]::new));
        assertEquals(0, g.code(), g.err());
        assertTrue(g.err().contains("2 kept, 0 rejected, 5 errors"), g.err());
        List<Group> kept = rows(keep);
        assertEquals(2, kept.size());
        assertEquals("c1", kept.get(0).getString("id", 0), "the Parquet row, with its columns");
        assertEquals(0, kept.get(1).getFieldRepetitionCount("id"), "a JSONL record has no columns here ...");
        assertTrue(kept.get(1).getGroup("noisegate", 0).getString("raw", 0).contains("\"id\":\"c1\""), "... but its raw line");
        List<String> errors = Files.readAllLines(reject, StandardCharsets.UTF_8);
        assertEquals(5, errors.size());
        for (int i = 0; i < bad.size(); i++) {
            JsonNode e = JSON.readTree(errors.get(i)).get("noisegate");
            assertEquals(bad.get(i), e.get("source").asText());
            assertNotNull(e.get("error"));
        }
    }

    @Test
    void aParquetOutputThatCannotBeWrittenEndsTheRunWithAMessage() throws IOException {
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.exists(Path.of("/dev/full")), "no /dev/full");
        Path full = Files.createSymbolicLink(tmp.resolve("full.parquet"), Path.of("/dev/full"));
        Path in = jsonl("in.jsonl", docs());
        CliTest.Run r = CliTest.run("gate", "--keep", full.toString(), "--reject", tmp.resolve("r.jsonl").toString(),
                in.toString());
        assertEquals(2, r.code(), r.err());
        assertTrue(r.err().contains("cannot write " + full + ": No space left on device"), r.err());
    }

    @Test
    void noParquetFromStandardInput() {
        CliTest.Run r = CliTest.run("PAR1".getBytes(StandardCharsets.US_ASCII), "gate", "--input-format", "parquet",
                "--keep", tmp.resolve("k.jsonl").toString(), "--reject", tmp.resolve("r.jsonl").toString());
        assertEquals(2, r.code());
        assertTrue(r.err().contains("Parquet is read from files, not standard input"), r.err());
    }

    private static final String SHARED = "Subscribe to our newsletter for the latest stories every morning";

    private List<String> shardDocs(String shard, int n) throws IOException {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            String text = "Report " + shard + i + " on the council meeting held in the town hall on day " + i + ".\n"
                    + (i < 2 ? SHARED + "\n" : "") + "Residents of district " + shard + i + " asked for new street lights.";
            out.add(JSON.writeValueAsString(Map.of("id", shard + i, "text", text)));
        }
        return out;
    }

    @Test
    void corpusStatsOfShardsMergeToThoseOfTheWholeCorpus() throws IOException {
        List<String> a = shardDocs("a", 4);
        List<String> b = shardDocs("b", 4);
        Path sa = Files.write(tmp.resolve("a.jsonl"), a, StandardCharsets.UTF_8);
        Path sb = Files.write(tmp.resolve("b.jsonl"), b, StandardCharsets.UTF_8);
        List<String> all = new ArrayList<>(a);
        all.addAll(b);
        Path whole = Files.write(tmp.resolve("all.jsonl"), all, StandardCharsets.UTF_8);

        // the whole corpus in one run: SHARED is in 4 documents, so it is boilerplate
        List<String> expected = gate("whole", "--corpus-stats", whole.toString());
        long flagged = expected.stream().filter(l -> l.contains("boilerplate.repeated")).count();
        assertEquals(4, flagged, "the line repeated across the shards is flagged: " + expected);

        // each shard alone sees the line twice: not enough
        Path statsA = tmp.resolve("a.stats");
        Path statsB = tmp.resolve("b.stats");
        List<String> alone = gate("a", "--corpus-stats", "--corpus-stats-save", statsA.toString(), sa.toString());
        assertTrue(alone.stream().noneMatch(l -> l.contains("boilerplate.repeated")), alone.toString());
        gate("b", "--corpus-stats", "--corpus-stats-save", statsB.toString(), sb.toString());

        // the saved sketches merged: the same decisions as the one run, document by document
        List<String> merged = new ArrayList<>(gate("m1", "--corpus-stats-from", statsA.toString(),
                "--corpus-stats-from", statsB.toString(), sa.toString()));
        merged.addAll(gate("m2", "--corpus-stats-from", statsA.toString(), "--corpus-stats-from", statsB.toString(),
                sb.toString()));
        assertEquals(expected, merged);

        // this run's statistics plus another shard's saved ones
        List<String> plus = gate("p", "--corpus-stats", "--corpus-stats-from", statsA.toString(), sb.toString());
        assertEquals(expected.subList(4, 8), plus);
    }

    @Test
    void unreadableOrCorruptCorpusStatsAreClearErrors() throws IOException {
        Path in = Files.write(tmp.resolve("in.jsonl"), shardDocs("a", 2), StandardCharsets.UTF_8);
        Path good = tmp.resolve("good.stats");
        gate("g", "--corpus-stats", "--corpus-stats-save", good.toString(), in.toString());
        byte[] bytes = Files.readAllBytes(good);
        Path truncated = Files.write(tmp.resolve("trunc.stats"), java.util.Arrays.copyOf(bytes, bytes.length - 10));
        Path notStats = Files.write(tmp.resolve("text.stats"), "hello".getBytes(StandardCharsets.UTF_8));
        Path missing = tmp.resolve("missing.stats");
        for (Path p : new Path[] {truncated, notStats, missing}) {
            CliTest.Run r = CliTest.run("gate", "--corpus-stats-from", p.toString(), "--keep", tmp.resolve("k").toString(),
                    "--reject", tmp.resolve("r").toString(), in.toString());
            assertEquals(2, r.code(), p + ": " + r.err());
            assertTrue(r.err().contains("--corpus-stats-from " + p), r.err());
            assertFalse(r.err().contains("Exception"), r.err());
        }
        CliTest.Run r = CliTest.run("gate", "--corpus-stats-save", good.toString(), "--keep", tmp.resolve("k").toString(),
                "--reject", tmp.resolve("r").toString(), in.toString());
        assertEquals(2, r.code());
        assertTrue(r.err().contains("give --corpus-stats too"), r.err());
    }

    /** Runs gate; every output line (kept, then rejected, each in order) with its noisegate object, by id. */
    private List<String> gate(String name, String... args) throws IOException {
        Path keep = tmp.resolve(name + ".keep.jsonl");
        Path reject = tmp.resolve(name + ".reject.jsonl");
        List<String> all = new ArrayList<>(List.of("gate", "--keep", keep.toString(), "--reject", reject.toString()));
        all.addAll(List.of(args));
        CliTest.Run r = CliTest.run(all.toArray(String[]::new));
        assertEquals(0, r.code(), r.err());
        Map<String, String> byId = new java.util.TreeMap<>();
        for (Path p : new Path[] {keep, reject}) {
            for (String l : Files.readAllLines(p, StandardCharsets.UTF_8)) {
                JsonNode n = JSON.readTree(l);
                byId.put(n.get("id").asText(), (p == keep ? "keep " : "reject ") + n.get("noisegate"));
            }
        }
        List<String> out = new ArrayList<>();
        byId.forEach((id, v) -> out.add(id + " " + v));
        return out;
    }
}
