package org.noisegate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.noisegate.report.FileResult;
import org.noisegate.report.Located;
import org.noisegate.rule.Finding;

/**
 * Pins every finding and score of a fixed input (the seeds, clean FLORES-200 and UDHR text,
 * real page dumps and HTML pages, the planted-noise set) to {@code golden/findings.tsv}: work
 * that should not change what the auditor reports (speed, refactoring) must leave it identical.
 * A change of behaviour regenerates it with {@code -Dgolden.update=true} and says why in the
 * commit message. On a mismatch the current file is written to {@code target/golden-findings.tsv}
 * for {@code diff}.
 */
class GoldenFindingsTest {
    private static final Path GOLDEN = Path.of("src/test/resources/golden/findings.tsv");
    private static final NoiseGate GATE = NoiseGate.builder().build();

    @Test
    void findingsAndScoresAreUnchanged() throws IOException {
        String now = render();
        if (Boolean.getBoolean("golden.update")) {
            Files.createDirectories(GOLDEN.getParent());
            Files.writeString(GOLDEN, now, StandardCharsets.UTF_8);
        }
        assertTrue(Files.exists(GOLDEN), "no golden file; create it with -Dgolden.update=true");
        String then = Files.readString(GOLDEN, StandardCharsets.UTF_8);
        if (!then.equals(now)) {
            Path out = Path.of("target/golden-findings.tsv");
            Files.createDirectories(out.getParent());
            Files.writeString(out, now, StandardCharsets.UTF_8);
            List<String> a = then.lines().toList();
            List<String> b = now.lines().toList();
            int i = 0;
            while (i < a.size() && i < b.size() && a.get(i).equals(b.get(i))) {
                i++;
            }
            assertEquals(i < a.size() ? a.get(i) : "(end)", i < b.size() ? b.get(i) : "(end)",
                    "findings changed at line " + (i + 1) + " (diff " + GOLDEN + " " + out + ")");
        }
    }

    /** Every input's score and findings, one line each (messages folded into a hash per file). */
    private static String render() throws IOException {
        StringBuilder out = new StringBuilder();
        out.append("# path\tscore\tcategories\tmessages-sha1 | rule\tseverity\tstart\tend\n");
        for (Map.Entry<String, FileResult> e : audit().entrySet()) {
            FileResult r = e.getValue();
            StringBuilder messages = new StringBuilder();
            for (Located l : r.findings()) {
                messages.append(l.finding().message()).append('\n');
            }
            out.append(e.getKey()).append('\t').append(r.status()).append('\t')
                    .append(String.format(Locale.ROOT, "%.2f", r.score())).append('\t')
                    .append(r.categories()).append('\t').append(sha1(messages.toString())).append('\n');
            for (Located l : r.findings()) {
                Finding f = l.finding();
                out.append('\t').append(f.ruleId()).append('\t').append(f.severity()).append('\t')
                        .append(l.start()).append('\t').append(l.end()).append('\n');
            }
        }
        return out.toString();
    }

    private static Map<String, FileResult> audit() throws IOException {
        Map<String, FileResult> results = new LinkedHashMap<>();
        for (Path p : files(Path.of("seeds"), ".txt", 1)) {
            results.put(p.toString(), GATE.audit(p.toString(), p));
        }
        for (Path p : files(Path.of("src/test/resources/flores200-sample"), ".txt", 1)) {
            results.put(p.toString(), GATE.audit(p.toString(), p));
        }
        for (Path p : files(Path.of("src/test/resources/udhr-sample"), "", 5)) {
            results.put(p.toString(), GATE.audit(p.toString(), p));
        }
        for (Path p : files(Path.of("eval/dumps"), ".txt", 1)) {
            results.put(p.toString(), GATE.audit(p.toString(), p));
        }
        for (Path p : files(Path.of("eval/injected"), ".txt", 4)) {
            results.put(p.toString(), GATE.audit(p.toString(), p));
        }
        for (Path p : files(Path.of("eval/trafilatura/html"), ".html.gz", 3)) {
            try (InputStream in = new GZIPInputStream(Files.newInputStream(p))) {
                results.put(p.toString(), GATE.auditHtml(p.toString(), in.readAllBytes()));
            }
        }
        return results;
    }

    /** Every {@code step}-th file of a folder (sorted by name) whose name ends with the suffix. */
    private static List<Path> files(Path dir, String suffix, int step) throws IOException {
        List<Path> all;
        try (Stream<Path> s = Files.list(dir)) {
            all = s.filter(p -> Files.isRegularFile(p) && p.getFileName().toString().endsWith(suffix)
                    && !p.getFileName().toString().startsWith("LICENSE")
                    && !p.getFileName().toString().endsWith(".md")).sorted().toList();
        }
        List<Path> out = new ArrayList<>();
        for (int i = 0; i < all.size(); i += step) {
            out.add(all.get(i));
        }
        return out;
    }

    private static String sha1(String s) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-1").digest(s.getBytes(StandardCharsets.UTF_8)))
                    .substring(0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
