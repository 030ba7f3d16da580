package org.noisegate.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.Callable;
import org.noisegate.NoiseGate;
import org.noisegate.eval.Gold;
import org.noisegate.eval.Injector;
import org.noisegate.lang.LanguageIdentifier;
import org.noisegate.rule.RuleData;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code noisegate inject}: builds a labelled set from clean text by planting realistic noise. */
@Command(name = "inject", mixinStandardHelpOptions = true,
        description = "Cut clean text files into documents, plant one kind of realistic translation noise into some of "
                + "them (seeded, reproducible), and write the documents and a gold file for 'noisegate eval'.")
final class InjectCommand implements Callable<Integer> {
    private final Main.Io io;

    @Parameters(arity = "1..*", paramLabel = "CLEAN", description = "Clean text files.")
    List<Path> inputs = new ArrayList<>();

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "DIR", description = "Where documents and gold.jsonl go.")
    Path output;

    @Option(names = "--seed", defaultValue = "1", description = "Random seed (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--lines", defaultValue = "10", description = "Lines per document (default: ${DEFAULT-VALUE}).")
    int lines;

    @Option(names = "--clean-share", defaultValue = "0.3",
            description = "Share of documents left clean as negatives (default: ${DEFAULT-VALUE}).")
    double cleanShare;

    @Option(names = "--max-docs", defaultValue = "1000000", description = "At most this many documents per input.")
    int maxDocs;

    @Option(names = "--boilerplate", defaultValue = "eval/trafilatura/gold.jsonl", paramLabel = "GOLD.jsonl",
            description = "Boilerplate to plant: the 'without' snippets of a trafilatura-style gold file, by page "
                    + "(default: ${DEFAULT-VALUE}).")
    Path boilerplateSource;

    @Option(names = "--filler", defaultValue = "eval/filler/filler.jsonl", paramLabel = "FILLER.jsonl",
            description = "Filler to plant: the 'text' of each JSON line (default: ${DEFAULT-VALUE}).")
    Path fillerSource;

    InjectCommand(Main.Io io) {
        this.io = io;
    }

    @Override
    public Integer call() throws IOException {
        if (lines < 1 || cleanShare < 0 || cleanShare > 1) {
            throw new IllegalArgumentException("--lines must be at least 1 and --clean-share between 0 and 1");
        }
        Files.createDirectories(output);
        NoiseGate gate = NoiseGate.builder().build();
        RuleData data = RuleData.builtIn();
        LanguageIdentifier languages = LanguageIdentifier.of(data);
        Random rnd = new Random(seed);
        // every input is clean text in one language; the others give the foreign words
        List<String[]> texts = new ArrayList<>();
        List<String> langs = new ArrayList<>();
        java.util.Map<String, List<String>> foreign = new java.util.TreeMap<>();
        for (Path in : inputs) {
            String[] all = new String(Files.readAllBytes(in), StandardCharsets.UTF_8).split("\n");
            String lang = gate.audit(String.join("\n", all)).language();
            texts.add(all);
            langs.add(lang);
            foreign.computeIfAbsent(lang, k -> new ArrayList<>())
                    .addAll(java.util.Arrays.stream(all).filter(l -> !l.isBlank()).limit(200).toList());
        }
        Injector.Sources sources = new Injector.Sources(boilerplatePages(boilerplateSource), filler(fillerSource), foreign);
        int docs = 0;
        int noisy = 0;
        try (OutputStream goldOut = Files.newOutputStream(output.resolve("gold.jsonl"));
             JsonGenerator g = new ObjectMapper().getFactory().createGenerator(goldOut)) {
            g.setRootValueSeparator(null);
            for (int f = 0; f < inputs.size(); f++) {
                Path in = inputs.get(f);
                String[] all = texts.get(f);
                String name = in.getFileName().toString().replaceFirst("\\.[^.]*$", "");
                String lang = langs.get(f);
                var profile = languages.profile(lang);
                boolean nounsCapitalised = profile != null && profile.has("nouns-capitalised");
                Injector injector = new Injector(sources, lang, names(data, lang), !nounsCapitalised);
                for (int d = 0; d * lines < all.length && d < maxDocs; d++) {
                    StringBuilder b = new StringBuilder();
                    for (int i = d * lines; i < Math.min(all.length, (d + 1) * lines); i++) {
                        b.append(all[i]).append('\n');
                    }
                    String text = b.toString();
                    Injector.Injected x = rnd.nextDouble() < cleanShare ? null : injector.inject(text, rnd);
                    String file = String.format(java.util.Locale.ROOT, "%s-%04d.txt", name, d);
                    Files.writeString(output.resolve(file), x == null ? text : x.text(), StandardCharsets.UTF_8);
                    g.writeStartObject();
                    g.writeStringField("path", file);
                    g.writeStringField("lang", lang);
                    if (x == null) {
                        g.writeBooleanField("clean", true);
                    } else {
                        g.writeStringField("noise", x.kind().name().toLowerCase(java.util.Locale.ROOT));
                        g.writeArrayFieldStart("spans");
                        for (Gold.GoldSpan s : x.spans()) {
                            g.writeStartObject();
                            g.writeNumberField("start", s.start());
                            g.writeNumberField("end", s.end());
                            g.writeStringField("category", s.category().key());
                            g.writeEndObject();
                        }
                        g.writeEndArray();
                        noisy++;
                    }
                    g.writeEndObject();
                    g.writeRaw('\n');
                    docs++;
                }
            }
        }
        io.err().printf(java.util.Locale.ROOT, "noisegate inject: %d documents (%d with noise) in %s%n", docs, noisy, output);
        return Main.OK;
    }

    /** The 'without' snippets of each page of a trafilatura-style gold file. */
    static List<List<String>> boilerplatePages(Path gold) throws IOException {
        List<List<String>> out = new ArrayList<>();
        if (!Files.exists(gold)) {
            throw new IllegalArgumentException("--boilerplate: no such file " + gold);
        }
        ObjectMapper json = new ObjectMapper();
        for (String line : Files.readAllLines(gold, StandardCharsets.UTF_8)) {
            if (line.isBlank()) {
                continue;
            }
            List<String> page = new ArrayList<>();
            json.readTree(line).path("without").forEach(n -> page.add(n.asText().replaceAll("\\s+", " ").strip()));
            page.removeIf(String::isEmpty);
            out.add(page);
        }
        return out;
    }

    /** The texts of a filler file (one JSON object a line with a "text" field). */
    static List<String> filler(Path file) throws IOException {
        if (!Files.exists(file)) {
            throw new IllegalArgumentException("--filler: no such file " + file);
        }
        List<String> out = new ArrayList<>();
        ObjectMapper json = new ObjectMapper();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            if (!line.isBlank()) {
                out.add(json.readTree(line).path("text").asText().replaceAll("\\s+", " ").strip());
            }
        }
        return out;
    }

    /** The words of the gazetteer's names in the language, lower case. */
    static java.util.Set<String> names(RuleData data, String lang) {
        java.util.Set<String> out = new java.util.HashSet<>();
        for (RuleData.DataLine line : data.readAll("names", "gazetteer*.tsv")) {
            String[] f = line.fields(4);
            if (f[1].strip().equals(lang)) {
                for (String w : f[3].strip().split("[\\s\\-‐]+")) {
                    out.add(w.toLowerCase(java.util.Locale.ROOT));
                }
            }
        }
        return out;
    }
}
