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
        int docs = 0;
        int noisy = 0;
        try (OutputStream goldOut = Files.newOutputStream(output.resolve("gold.jsonl"));
             JsonGenerator g = new ObjectMapper().getFactory().createGenerator(goldOut)) {
            g.setRootValueSeparator(null);
            for (Path in : inputs) {
                String[] all = new String(Files.readAllBytes(in), StandardCharsets.UTF_8).split("\n");
                String name = in.getFileName().toString().replaceFirst("\\.[^.]*$", "");
                String lang = gate.audit(String.join("\n", all)).language();
                var profile = languages.profile(lang);
                boolean nounsCapitalised = profile != null && profile.has("nouns-capitalised");
                Injector injector = new Injector(boilerplate(data, lang), names(data, lang), !nounsCapitalised);
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

    /** Whole-line boilerplate phrases of the language (English where it has none). */
    static List<String> boilerplate(RuleData data, String lang) {
        List<String> out = new ArrayList<>();
        for (String l : new String[] {lang, "en"}) {
            for (RuleData.DataLine line : data.readAll("boilerplate/phrases", l + ".txt")) {
                String t = line.text().strip();
                if (!t.startsWith("^") && !t.startsWith("~") && t.length() >= 4) {
                    out.add(t);
                }
            }
            if (!out.isEmpty()) {
                break;
            }
        }
        return out;
    }
}
