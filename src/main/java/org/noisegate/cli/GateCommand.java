package org.noisegate.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.noisegate.NoiseGate;
import org.noisegate.pipeline.GateDecision;
import org.noisegate.pipeline.Ordered;
import org.noisegate.pipeline.Output;
import org.noisegate.pipeline.ParquetRows;
import org.noisegate.pipeline.ParquetSink;
import org.noisegate.pipeline.Record;
import org.noisegate.pipeline.RecordReader;
import org.noisegate.report.FileResult;
import org.noisegate.rule.Category;
import org.noisegate.text.CorpusStats;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code noisegate gate}: every input document to exactly one of keep or reject, in input order. */
@Command(name = "gate", mixinStandardHelpOptions = true,
        description = "Split documents (JSONL lines, Parquet rows, HTML or text files) into kept and rejected JSONL "
                + "(Parquet for an output named .parquet), in input order, adding a 'noisegate' object with the score, "
                + "category scores, finding counts, rules and reasons.")
final class GateCommand implements Callable<Integer> {
    private final Main.Io io;

    @Parameters(arity = "0..*", paramLabel = "INPUT", description = "Inputs (default: - for standard input).")
    List<String> inputs = new ArrayList<>();

    @Option(names = "--keep", required = true, paramLabel = "FILE", description = "Where kept documents go (- for standard output; "
            + "a name ending in .parquet writes Parquet).")
    String keep;

    @Option(names = "--reject", required = true, paramLabel = "FILE", description = "Where rejected documents and unreadable lines go "
            + "(a name ending in .parquet writes Parquet).")
    String reject;

    @Option(names = "--min-score", paramLabel = "N", defaultValue = "80",
            description = "Reject documents scoring below N (default: ${DEFAULT-VALUE}).")
    double minScore;

    @Option(names = "--max-category", paramLabel = "CATEGORY=N", split = ",",
            description = "Reject documents whose CATEGORY lost more than N points, e.g. boilerplate=40.")
    List<String> maxCategory = new ArrayList<>();

    @Option(names = "--corpus-stats", description = "First count, in fixed memory, the lines that recur across "
            + "the documents of the inputs, then flag them as boilerplate (inputs must be files).")
    boolean corpusStats;

    @Option(names = "--corpus-stats-save", paramLabel = "FILE", description = "Write the corpus statistics of this "
            + "run (with --corpus-stats) to FILE, for --corpus-stats-from in the runs of other shards.")
    String corpusStatsSave;

    @Option(names = "--corpus-stats-from", paramLabel = "FILE", description = "Flag lines that recur across the "
            + "corpus by the statistics saved with --corpus-stats-save (repeatable; merged, with this run's "
            + "statistics too when --corpus-stats is given).")
    List<String> corpusStatsFrom = new ArrayList<>();

    @Option(names = "--allow-empty", description = "Exit with 0 when the inputs hold no document "
            + "(by default that is an input error, exit code 2).")
    boolean allowEmpty;

    @Mixin
    InputOptions input = new InputOptions();

    @Mixin
    RuleOptions ruleOptions = new RuleOptions();

    GateCommand(Main.Io io) {
        this.io = io;
    }

    @Override
    public Integer call() throws IOException {
        input.check();
        if (!(minScore >= 0 && minScore <= 100)) {
            throw new IllegalArgumentException("--min-score takes a score from 0 to 100, not "
                    + CalibrateCommand.fmt(minScore));
        }
        Map<Category, Double> max = new EnumMap<>(Category.class);
        for (String m : maxCategory) {
            String[] kv = m.split("=", 2);
            try {
                double points = Double.parseDouble(kv[1].strip());
                if (!(points >= 0 && points <= 100)) {
                    throw new IllegalArgumentException();
                }
                max.put(Category.of(kv[0].strip()), points);
            } catch (RuntimeException e) {
                throw new IllegalArgumentException("--max-category takes CATEGORY=N with a category (boilerplate, mangled, number, "
                        + "name) and points from 0 to 100 (e.g. boilerplate=40), not '" + m + "'");
            }
        }
        if (keep.equals("-") && reject.equals("-")) {
            throw new IllegalArgumentException("--keep and --reject cannot both be standard output");
        }
        NoiseGate gate = ruleOptions.builder().build();
        GateDecision decision = new GateDecision(minScore, max);
        List<String> in = inputs.isEmpty() ? List.of("-") : inputs;
        if ("-".equals(corpusStatsSave)) {
            throw new IllegalArgumentException("--corpus-stats-save writes a file, not standard output");
        }
        if (corpusStatsSave != null && !corpusStats) {
            throw new IllegalArgumentException("--corpus-stats-save saves the statistics --corpus-stats counts: "
                    + "give --corpus-stats too");
        }
        CorpusStats corpus = null;
        for (String f : corpusStatsFrom) {
            CorpusStats loaded = loadStats(f);
            corpus = corpus == null ? loaded : corpus.merge(loaded);
        }
        if (corpusStats) {
            if (!RecordReader.rereadable(in)) {
                throw new IllegalArgumentException("--corpus-stats reads the inputs twice: give files, not standard input");
            }
            CorpusStats stats = CorpusStats.standard();
            RecordReader first = input.reader(io.in());
            for (String i : in) {
                first.read(i, rec -> {
                    if (rec.text() != null) {
                        stats.add(rec.text());
                    }
                });
            }
            if (corpusStatsSave != null) {
                saveStats(stats, corpusStatsSave);
            }
            corpus = corpus == null ? stats : corpus.merge(stats);
        }
        CorpusStats stats = corpus;
        long[] counts = new long[4]; // kept, rejected, errors, chars
        String[] firstError = {null};
        long start = System.nanoTime();
        org.apache.parquet.schema.MessageType rows = parquet(keep) || parquet(reject) ? ParquetRows.firstSchema(in) : null;
        try (Output keptOut = Output.open(keep, io.out()); Output rejectedOut = Output.open(reject, io.out());
             Sink kept = sink(keep, keptOut, rows); Sink rejected = sink(reject, rejectedOut, rows);
             Ordered<Record, Object[]> pipe = new Ordered<>(input.threads(), rec -> {
                 FileResult r = GateDecision.audit(gate, rec, stats);
                 return new Object[] {decision.decide(rec, r), rec.text() == null ? 0 : rec.text().length(), rec, r};
             }, done -> {
                 GateDecision.Outcome o = (GateDecision.Outcome) done[0];
                 counts[o.keep() ? 0 : o.error() ? 2 : 1]++;
                 counts[3] += (Integer) done[1];
                 if (o.error() && firstError[0] == null) {
                     Record rec = (Record) done[2];
                     String why = rec.error() != null ? rec.error() : ((FileResult) done[3]).note();
                     firstError[0] = rec.source() + (rec.line() > 0 ? ":" + rec.line() : "") + ": " + why;
                 }
                 try {
                     (o.keep() ? kept : rejected).write((Record) done[2], o);
                 } catch (IOException e) {
                     throw new UncheckedIOException(e);
                 }
             })) {
            RecordReader reader = input.reader(io.in());
            for (String i : in) {
                reader.read(i, pipe::submit);
            }
            pipe.finish();
        } catch (UncheckedIOException e) {
            if (e.getCause() instanceof Output.Failed f) {
                throw f;
            }
            throw e;
        }
        double secs = Math.max(1e-9, (System.nanoTime() - start) / 1e9);
        long docs = counts[0] + counts[1] + counts[2];
        io.err().printf(Locale.ROOT, "noisegate gate: %d kept, %d rejected, %d errors; %d documents in %.1f s "
                + "(%.0f documents/s, %.1f M chars/s)%n", counts[0], counts[1], counts[2], docs, secs, docs / secs,
                counts[3] / secs / 1e6);
        if (docs == 0 && !allowEmpty) {
            io.err().println("noisegate gate: no document in " + String.join(", ", in)
                    + ": nothing passed the gate; check the inputs (or pass --allow-empty to accept empty input)");
            return Main.USAGE_OR_INPUT_ERROR;
        }
        if (docs > 0 && counts[2] == docs) {
            io.err().println("noisegate gate: every document was an error, so nothing passed the gate (first: "
                    + firstError[0] + "); check --text-field, --input-format and the inputs");
            return Main.USAGE_OR_INPUT_ERROR;
        }
        return Main.OK;
    }

    /** Where decided records go: JSONL lines, or Parquet rows for a name ending in {@code .parquet}. */
    private interface Sink extends AutoCloseable {
        void write(Record rec, GateDecision.Outcome o) throws IOException;

        @Override
        void close() throws IOException;
    }

    static boolean parquet(String target) {
        return !target.equals("-") && target.toLowerCase(Locale.ROOT).endsWith(".parquet");
    }

    private static Sink sink(String target, Output out, org.apache.parquet.schema.MessageType rows) throws IOException {
        if (parquet(target)) {
            ParquetSink p = new ParquetSink(out, rows);
            return new Sink() {
                @Override
                public void write(Record rec, GateDecision.Outcome o) throws IOException {
                    p.write(rec, o.verdict());
                }

                @Override
                public void close() throws IOException {
                    p.close();
                }
            };
        }
        Writer w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
        return new Sink() {
            @Override
            public void write(Record rec, GateDecision.Outcome o) throws IOException {
                w.write(o.line());
                w.write('\n');
            }

            @Override
            public void close() throws IOException {
                w.close();
            }
        };
    }

    /** Corpus statistics saved by --corpus-stats-save, or a clear error. */
    static CorpusStats loadStats(String file) {
        byte[] bytes;
        try {
            bytes = java.nio.file.Files.readAllBytes(java.nio.file.Path.of(file));
        } catch (IOException | RuntimeException e) {
            throw new IllegalArgumentException("--corpus-stats-from " + file + ": cannot read: " + Walker.reason(e));
        }
        try {
            return CorpusStats.fromBytes(bytes);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("--corpus-stats-from " + file + ": " + e.getMessage()
                    + "; save the statistics again with gate --corpus-stats --corpus-stats-save FILE");
        }
    }

    private static void saveStats(CorpusStats stats, String file) throws IOException {
        try (Output out = Output.open(file, null)) {
            out.write(stats.toBytes());
        }
    }
}
