package org.noisegate.internal;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import org.noisegate.NoiseGate;
import org.noisegate.pipeline.Ordered;
import org.noisegate.pipeline.Record;
import org.noisegate.pipeline.RecordReader;

/**
 * The benchmark behind bench/bench.sh: over one JSONL corpus, in one JVM, (1) the physical
 * reference, a plain UTF-8 decode counting code points, (2) the full default rule set on 1 thread
 * and on every core. Prints MB/s, MB/s per core, documents/s and the peak resident memory.
 * Usage: java -cp noisegate.jar org.noisegate.internal.Benchmark CORPUS.jsonl [THREADS...]
 */
public final class Benchmark {
    private Benchmark() {
    }

    public static void main(String[] args) throws IOException {
        Path corpus = Path.of(args[0]);
        long bytes = Files.size(corpus);
        List<Integer> threads = new ArrayList<>();
        for (int i = 1; i < args.length; i++) {
            threads.add(Integer.parseInt(args[i]));
        }
        if (threads.isEmpty()) {
            threads.add(1);
            threads.add(Runtime.getRuntime().availableProcessors());
        }
        System.out.printf(Locale.ROOT, "corpus: %s, %.1f MB%n", corpus, bytes / 1e6);
        double ref = reference(corpus, bytes);
        System.out.printf(Locale.ROOT, "reference (UTF-8 decode + count code points, 1 thread): %.1f MB/s%n", ref);
        NoiseGate gate = NoiseGate.builder().build();
        // warm up the JIT on the first documents, so the runs compare steady states
        long[] warm = {0};
        new RecordReader("jsonl", "text", "id", System.in).read(corpus.toString(), rec -> {
            if (warm[0]++ < 3000 && rec.text() != null) {
                gate.audit(rec.id(), rec.text());
            }
        });
        for (int n : threads) {
            long t0 = System.nanoTime();
            AtomicLong docs = new AtomicLong();
            AtomicLong findings = new AtomicLong();
            try (Ordered<Record, Integer> pipe = new Ordered<>(n,
                    rec -> rec.text() == null ? 0 : gate.audit(rec.id(), rec.text()).findings().size(),
                    f -> {
                        docs.incrementAndGet();
                        findings.addAndGet(f);
                    })) {
                new RecordReader("jsonl", "text", "id", System.in).read(corpus.toString(), pipe::submit);
                pipe.finish();
            }
            double secs = (System.nanoTime() - t0) / 1e9;
            double mbs = bytes / 1e6 / secs;
            System.out.printf(Locale.ROOT, "audit, %d thread%s: %.1f s, %.2f MB/s (%.2f MB/s per core), %.0f documents/s,"
                    + " %d findings; %.1f%% of the reference per core%n", n, n == 1 ? "" : "s", secs, mbs, mbs / n,
                    docs.get() / secs, findings.get(), 100 * mbs / n / ref);
        }
        System.out.printf(Locale.ROOT, "peak RSS: %s%n", peakRss());
    }

    private static double reference(Path corpus, long bytes) throws IOException {
        long t0 = System.nanoTime();
        long cps = 0;
        CharsetDecoder dec = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPLACE);
        try (var ch = Files.newByteChannel(corpus)) {
            ByteBuffer in = ByteBuffer.allocate(1 << 20);
            CharBuffer out = CharBuffer.allocate(1 << 20);
            while (ch.read(in) >= 0 || in.position() > 0) {
                in.flip();
                dec.decode(in, out, false);
                out.flip();
                for (int i = 0; i < out.length(); i++) {
                    if (!Character.isLowSurrogate(out.get(i))) {
                        cps++;
                    }
                }
                out.clear();
                in.compact();
                if (in.position() == 0 && ch.position() >= bytes) {
                    break;
                }
            }
        }
        double secs = (System.nanoTime() - t0) / 1e9;
        if (cps == 0) {
            throw new IllegalStateException("empty corpus");
        }
        return bytes / 1e6 / secs;
    }

    private static String peakRss() {
        try {
            for (String l : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (l.startsWith("VmHWM:")) {
                    return l.substring(6).strip();
                }
            }
        } catch (IOException e) {
            return "unknown";
        }
        return "unknown";
    }
}
