package org.noisegate.internal;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.noisegate.lang.LanguageIdentifier;
import org.noisegate.rule.Rule;
import org.noisegate.rule.RuleData;
import org.noisegate.rule.RuleRegistry;
import org.noisegate.rule.RuleRunner;
import org.noisegate.text.Document;

/**
 * What each rule costs: runs every rule, one after the other, over the documents of a JSONL
 * corpus (after a warm-up round) and prints the CPU time of this thread each took (so other
 * processes on the machine do not distort it) and its throughput. Views shared
 * by several rules are charged to the first rule that asks for them (rules run in id order), so a
 * rule's figure is an upper bound of its own cost. Usage: {@code RuleCosts CORPUS.jsonl [MAX_DOCS [[!]ID_PREFIX,...]]}
 * ({@code !} leaves those rules out); {@code -Drounds=N} times N-1 rounds after a warm-up and keeps each
 * rule's best.
 */
public final class RuleCosts {
    private RuleCosts() {
    }

    public static void main(String[] args) throws IOException {
        int max = args.length > 1 ? Integer.parseInt(args[1]) : 2000;
        ObjectMapper json = new ObjectMapper();
        RuleData data = RuleData.load(List.of());
        LanguageIdentifier languages = LanguageIdentifier.of(data);
        List<Document> docs = new ArrayList<>();
        long bytes = 0;
        for (String line : Files.readAllLines(Path.of(args[0]), StandardCharsets.UTF_8)) {
            if (docs.size() >= max) {
                break;
            }
            String t = json.readTree(line).path("text").asText();
            int script = LanguageIdentifier.dominantScript(t);
            docs.add(new Document("d" + docs.size(), t, languages.identify(t, script), script, List.of()));
            bytes += t.getBytes(StandardCharsets.UTF_8).length;
        }
        List<Rule> rules = new ArrayList<>(RuleRegistry.load(data).all());
        if (args.length > 2) { // only the rules whose id starts with one of these prefixes
            List<String> only = new ArrayList<>();
            List<String> not = new ArrayList<>(); // "!prefix": every rule but those
            for (String p : args[2].split(",")) {
                (p.startsWith("!") ? not : only).add(p.startsWith("!") ? p.substring(1) : p);
            }
            rules.removeIf(r -> !only.isEmpty() && only.stream().noneMatch(r.id()::startsWith)
                    || not.stream().anyMatch(r.id()::startsWith));
        }
        // rounds after the first (the warm-up) are timed; each rule's figure is its best round, so that
        // other processes on the machine distort it less (-Drounds=N, default 2: one warm-up, one timed)
        int rounds = Math.max(2, Integer.getInteger("rounds", 2));
        Map<String, Long> nanos = new HashMap<>();
        ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
        for (int round = 0; round < rounds; round++) {
            Map<String, Long> thisRound = new HashMap<>();
            for (Document d : docs) {
                Document fresh = new Document(d.id(), d.text(), d.language(), d.script(), List.of());
                for (Rule r : rules) {
                    long t0 = cpu.getCurrentThreadCpuTime();
                    RuleRunner.run(List.of(r), fresh);
                    thisRound.merge(r.id(), cpu.getCurrentThreadCpuTime() - t0, Long::sum);
                }
            }
            if (round > 0) {
                thisRound.forEach((id, t) -> nanos.merge(id, t, Math::min));
            }
        }
        long total = nanos.values().stream().mapToLong(Long::longValue).sum();
        final long b = bytes;
        System.out.printf(Locale.ROOT, "%d documents, %.1f MB, all rules %.2f s (%.2f MB/s)%n", docs.size(), bytes / 1e6,
                total / 1e9, bytes / (total / 1e9) / 1e6);
        nanos.entrySet().stream().sorted((x, y) -> Long.compare(y.getValue(), x.getValue())).forEach(e ->
                System.out.printf(Locale.ROOT, "%-32s %8.1f ms %5.1f%% %8.1f MB/s%n", e.getKey(), e.getValue() / 1e6,
                        100.0 * e.getValue() / total, b / (e.getValue() / 1e9) / 1e6));
    }
}
