package org.noisegate.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.GZIPInputStream;
import org.noisegate.Cleaner;
import org.noisegate.NoiseGate;
import org.noisegate.report.FileResult;
import org.noisegate.report.Located;
import org.noisegate.rule.Category;
import org.noisegate.rule.Severity;

/**
 * The three boilerplate benchmarks of {@code eval/}, each on third-party data the rules were not
 * written from:
 * <ul>
 *   <li><b>dumps</b>: web pages dumped as plain text, one block a line, with the gold snippets of
 *   trafilatura's benchmark located in them. A boilerplate snippet is found when at least half of
 *   it carries a boilerplate warning or error; a content snippet is a false alarm when any of it
 *   does. A snippet that occurs several times in a page counts once, by the share of its
 *   occurrences found (or falsely flagged).</li>
 *   <li><b>filler</b>: placeholder text from generators, each record audited alone and inside a
 *   clean article; a record is found when boilerplate findings cover at least half of it.</li>
 *   <li><b>html</b>: trafilatura's protocol: after {@code clean}, a {@code with} snippet must be a
 *   substring of the output (else a false negative) and a {@code without} snippet must not (else
 *   a false positive).</li>
 * </ul>
 */
public final class BoilerplateBenchmarks {
    private static final ObjectMapper JSON = new ObjectMapper();

    private BoilerplateBenchmarks() {
    }

    /** Precision and recall from (fractional) true positives, false positives and false negatives. */
    public record Prf(double tp, double fp, double fn) {
        public double precision() {
            return tp + fp == 0 ? Double.NaN : tp / (tp + fp);
        }

        public double recall() {
            return tp + fn == 0 ? Double.NaN : tp / (tp + fn);
        }

        public double f1() {
            double p = precision();
            double r = recall();
            return Double.isNaN(p) || Double.isNaN(r) || p + r == 0 ? Double.NaN : 2 * p * r / (p + r);
        }

        Prf plus(Prf o) {
            return new Prf(tp + o.tp, fp + o.fp, fn + o.fn);
        }
    }

    /** Dump results: overall and per page, and the snippets missed or falsely flagged. */
    public record DumpResult(Prf overall, int pages, int boilerplateSnippets, int contentSnippets,
                             List<String> misses, List<String> falseAlarms) {
    }

    /** The JSON objects of a JSON-lines file, blank lines skipped. */
    static List<JsonNode> records(Path file) throws IOException {
        List<JsonNode> out = new ArrayList<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            if (!line.isBlank()) {
                out.add(JSON.readTree(line));
            }
        }
        return out;
    }

    /** Which code points of the text carry a boilerplate warning or error. */
    static boolean[] boilerplateCover(FileResult r) {
        int n = r.text().codePointCount(0, r.text().length());
        boolean[] covered = new boolean[n];
        for (Located l : r.findings()) {
            if (l.finding().category() == Category.BOILERPLATE && l.finding().severity() != Severity.INFO) {
                for (int i = Math.max(0, l.start()); i < Math.min(n, l.end()); i++) {
                    covered[i] = true;
                }
            }
        }
        return covered;
    }

    private static double share(boolean[] covered, int start, int end) {
        int s = Math.max(0, start);
        int e = Math.min(covered.length, end);
        if (e <= s) {
            return 0;
        }
        int c = 0;
        for (int i = s; i < e; i++) {
            c += covered[i] ? 1 : 0;
        }
        return c / (double) (e - s);
    }

    public static DumpResult dumps(NoiseGate gate, Path goldFile) throws IOException {
        Path dir = goldFile.toAbsolutePath().getParent();
        Prf total = new Prf(0, 0, 0);
        int pages = 0;
        int bp = 0;
        int content = 0;
        List<String> misses = new ArrayList<>();
        List<String> alarms = new ArrayList<>();
        for (JsonNode page : records(goldFile)) {
            String path = page.get("path").asText();
            FileResult r = gate.audit(path, Files.readAllBytes(dir.resolve(path)));
            if (!r.audited()) {
                throw new IOException(path + ": " + r.note());
            }
            pages++;
            boolean[] covered = boilerplateCover(r);
            // snippet -> [occurrences, found]
            Map<String, double[]> snippets = new LinkedHashMap<>();
            for (JsonNode s : page.path("spans")) {
                String kind = s.get("kind").asText();
                int start = s.get("start").asInt();
                int end = s.get("end").asInt();
                double c = share(covered, start, end);
                boolean hit = kind.equals("boilerplate") ? c >= 0.5 : c > 0;
                double[] v = snippets.computeIfAbsent(kind + "\t" + s.get("text").asText(), k -> new double[2]);
                v[0]++;
                v[1] += hit ? 1 : 0;
            }
            for (Map.Entry<String, double[]> e : snippets.entrySet()) {
                String[] kt = e.getKey().split("\t", 2);
                double found = e.getValue()[1] / e.getValue()[0];
                if (kt[0].equals("boilerplate")) {
                    bp++;
                    total = total.plus(new Prf(found, 0, 1 - found));
                    if (found < 1) {
                        misses.add(path + ": missed boilerplate '" + kt[1] + "'");
                    }
                } else {
                    content++;
                    total = total.plus(new Prf(0, found, 0));
                    if (found > 0) {
                        alarms.add(path + ": flagged content '" + kt[1] + "'");
                    }
                }
            }
        }
        return new DumpResult(total, pages, bp, content, misses, alarms);
    }

    /** Filler results per generator and kind: records found alone and inside an article. */
    public record FillerCounts(int records, int alone, int embedded) {
        FillerCounts plus(boolean a, boolean e) {
            return new FillerCounts(records + 1, alone + (a ? 1 : 0), embedded + (e ? 1 : 0));
        }
    }

    public record FillerResult(Map<String, FillerCounts> byGenerator, Map<String, FillerCounts> byKind,
                               double hostFalseAlarmShare, List<String> misses) {
    }

    /**
     * Audits every filler record alone, and again as the middle paragraph of a clean article: the
     * first lines of a clean text of the record's language from {@code hosts} (FLORES-200 files
     * named {@code <lang>_<Script>.txt}), English when there is none.
     */
    public static FillerResult filler(NoiseGate gate, Path fillerFile, Path hosts) throws IOException {
        Map<String, FillerCounts> byGen = new TreeMap<>();
        Map<String, FillerCounts> byKind = new TreeMap<>();
        List<String> misses = new ArrayList<>();
        int hostLines = 0;
        int hostAlarms = 0;
        for (JsonNode o : records(fillerFile)) {
            String text = o.get("text").asText();
            String gen = o.get("generator").asText();
            String kind = o.get("kind").asText();
            FileResult alone = gate.audit(gen + "#" + o.get("id").asText(), text, (String) null);
            boolean a = share(boilerplateCover(alone), 0, text.codePointCount(0, text.length())) >= 0.5;
            List<String> host = hostLines(hosts, o.path("locale").asText());
            int half = host.size() / 2;
            StringBuilder doc = new StringBuilder();
            for (int i = 0; i < half; i++) {
                doc.append(host.get(i)).append('\n');
            }
            int start = doc.codePointCount(0, doc.length());
            doc.append(text).append('\n');
            int end = start + text.codePointCount(0, text.length());
            for (int i = half; i < host.size(); i++) {
                doc.append(host.get(i)).append('\n');
            }
            FileResult in = gate.audit(gen + "#" + o.get("id").asText() + "+host", doc.toString(), (String) null);
            boolean[] cover = boilerplateCover(in);
            boolean e = share(cover, start, end) >= 0.5;
            // the host's own lines must stay clean
            String all = doc.toString();
            int cp = 0;
            for (String l : all.split("\n", -1)) {
                int len = l.codePointCount(0, l.length());
                if (!l.isBlank() && cp != start) {
                    hostLines++;
                    hostAlarms += share(cover, cp, cp + len) > 0 ? 1 : 0;
                }
                cp += len + 1;
            }
            byGen.merge(gen, new FillerCounts(0, 0, 0).plus(a, e), BoilerplateBenchmarks::sum);
            byKind.merge(kind, new FillerCounts(0, 0, 0).plus(a, e), BoilerplateBenchmarks::sum);
            if (!a || !e) {
                misses.add(gen + " " + kind + (a ? "" : " [alone]") + (e ? "" : " [in article]") + ": "
                        + (text.length() > 90 ? text.substring(0, 90) + "…" : text));
            }
        }
        return new FillerResult(byGen, byKind, hostLines == 0 ? 0 : hostAlarms / (double) hostLines, misses);
    }

    private static FillerCounts sum(FillerCounts x, FillerCounts y) {
        return new FillerCounts(x.records() + y.records(), x.alone() + y.alone(), x.embedded() + y.embedded());
    }

    private static final Map<String, String> FLORES = Map.ofEntries(Map.entry("ar", "arb_Arab"),
            Map.entry("bg", "bul_Cyrl"), Map.entry("ru", "rus_Cyrl"), Map.entry("uk", "ukr_Cyrl"),
            Map.entry("sv", "swe_Latn"), Map.entry("zh", "zho_Hans"), Map.entry("ja", "jpn_Jpan"),
            Map.entry("en", "eng_Latn"), Map.entry("de", "deu_Latn"), Map.entry("fr", "fra_Latn"),
            Map.entry("fa", "pes_Arab"), Map.entry("he", "heb_Hebr"), Map.entry("ko", "kor_Hang"),
            Map.entry("tr", "tur_Latn"), Map.entry("hi", "hin_Deva"), Map.entry("bn", "ben_Beng"),
            Map.entry("el", "ell_Grek"), Map.entry("th", "tha_Thai"), Map.entry("vi", "vie_Latn"));

    private static List<String> hostLines(Path hosts, String locale) throws IOException {
        String lang = locale.split("[_-]")[0];
        String file = FLORES.getOrDefault(lang, "eng_Latn");
        Path p = hosts.resolve(file + ".txt");
        if (!Files.exists(p)) {
            p = hosts.resolve("eng_Latn.txt");
        }
        List<String> lines = Files.readAllLines(p, StandardCharsets.UTF_8);
        return lines.subList(0, Math.min(12, lines.size()));
    }

    /** HTML results under trafilatura's protocol. */
    public record HtmlResult(Prf overall, int pages, int with, int without, List<String> misses,
                             List<String> falseAlarms) {
    }

    private static String squash(String s) {
        return s.replaceAll("\\s+", " ").strip();
    }

    public static HtmlResult html(NoiseGate gate, Path goldFile) throws IOException {
        Path dir = goldFile.toAbsolutePath().getParent();
        double tp = 0;
        double fp = 0;
        double fn = 0;
        int pages = 0;
        int with = 0;
        int without = 0;
        List<String> misses = new ArrayList<>();
        List<String> alarms = new ArrayList<>();
        for (JsonNode page : records(goldFile)) {
            String path = page.get("html").asText();
            byte[] html;
            try (InputStream in = Files.newInputStream(dir.resolve(path))) {
                byte[] raw = in.readAllBytes();
                html = raw.length > 2 && raw[0] == 0x1f && (raw[1] & 0xff) == 0x8b
                        ? new GZIPInputStream(new java.io.ByteArrayInputStream(raw)).readAllBytes() : raw;
            }
            FileResult r = gate.auditHtml(path, html);
            if (!r.audited()) {
                throw new IOException(path + ": " + r.note());
            }
            pages++;
            String cleaned = squash(Cleaner.clean(r).text());
            for (JsonNode s : page.path("with")) {
                with++;
                if (cleaned.contains(squash(s.asText()))) {
                    tp++;
                } else {
                    fn++;
                    misses.add(path + ": lost main text '" + s.asText() + "'");
                }
            }
            for (JsonNode s : page.path("without")) {
                without++;
                if (cleaned.contains(squash(s.asText()))) {
                    fp++;
                    alarms.add(path + ": kept boilerplate '" + s.asText() + "'");
                }
            }
        }
        return new HtmlResult(new Prf(tp, fp, fn), pages, with, without, misses, alarms);
    }
}
