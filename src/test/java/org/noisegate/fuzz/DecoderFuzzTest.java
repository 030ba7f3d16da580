package org.noisegate.fuzz;

import static org.noisegate.fuzz.Invariants.check;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;
import org.noisegate.report.FileResult;
import org.noisegate.source.Decoded;
import org.noisegate.source.TextDecoder;
import org.noisegate.text.Span;

/**
 * Coverage-guided fuzzing of the byte decoder and of the audit of raw bytes. In {@code mvn verify}
 * it replays its seed corpus ({@code src/test/resources/org/noisegate/fuzz/DecoderFuzzTestInputs});
 * {@code JAZZER_FUZZ=1} fuzzes it (see README, "Guarantees").
 */
class DecoderFuzzTest {
    @FuzzTest(maxDuration = "30m")
    void decode(byte[] bytes) {
        Decoded d = TextDecoder.decode(bytes);
        if (d.binary()) {
            check(d.text().isEmpty() && !d.reason().isBlank(), "binary without a reason, or with text");
        } else {
            String t = d.text();
            int last = -1;
            for (Span s : d.invalidRuns()) {
                check(s.start() > last && s.end() == s.start() + 1 && s.end() <= t.length(),
                        "invalid runs out of order or outside the text: " + d.invalidRuns());
                check(t.charAt(s.start()) == '\uFFFD', "an invalid run is not one U+FFFD");
                last = s.start();
            }
            check(d.invalidBytes() >= d.invalidRuns().size(), "fewer invalid bytes than runs");
            if (d.encoding().equals("UTF-8") && d.invalidRuns().isEmpty()) {
                // valid UTF-8 decodes to exactly the text it encodes (less a BOM)
                byte[] again = t.getBytes(StandardCharsets.UTF_8);
                int bom = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB
                        && (bytes[2] & 0xFF) == 0xBF ? 3 : 0;
                check(java.util.Arrays.equals(again, 0, again.length, bytes, bom, bytes.length),
                        "valid UTF-8 did not decode to the text it encodes");
            }
            if (d.invalidRuns().isEmpty()) {
                check(!hasLoneSurrogate(t), "a lone surrogate came out of a decode that reported no error");
            }
        }
        FileResult r = Engines.GATE.audit("fuzz", bytes);
        check(r.status() != FileResult.Status.FAILED, "audit failed: " + r.note());
        if (r.audited()) {
            Invariants.findings(d.text(), r);
            Invariants.cleans(r);
        }
    }

    static boolean hasLoneSurrogate(String t) {
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (Character.isHighSurrogate(c)) {
                if (i + 1 < t.length() && Character.isLowSurrogate(t.charAt(i + 1))) {
                    i++;
                    continue;
                }
                return true;
            }
            if (Character.isLowSurrogate(c)) {
                return true;
            }
        }
        return false;
    }
}
