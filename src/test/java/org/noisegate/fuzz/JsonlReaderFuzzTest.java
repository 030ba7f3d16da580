package org.noisegate.fuzz;

import static org.noisegate.fuzz.Invariants.check;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.noisegate.pipeline.GateDecision;
import org.noisegate.pipeline.Record;
import org.noisegate.pipeline.RecordReader;
import org.noisegate.report.FileResult;

/**
 * Coverage-guided fuzzing of the JSONL reader (plain, gzip or Zstandard bytes on standard input)
 * and the gate's decision: no exception escapes the reader, every record is a line of the input
 * or one error record, and every gate output line keeps its input's bytes ({@link GateLines}).
 */
class JsonlReaderFuzzTest {
    private static final GateDecision DECISION = new GateDecision(80, Map.of());

    @FuzzTest(maxDuration = "30m")
    void read(byte[] bytes) {
        List<Record> records = new ArrayList<>();
        new RecordReader("jsonl", "text", "id", new ByteArrayInputStream(bytes)).read("-", records::add);
        long last = 0;
        for (Record rec : records) {
            if (rec.raw() == null) {
                check(rec.error() != null, "a record with neither a line nor an error");
                continue;
            }
            check(rec.line() > last, "records out of line order");
            last = rec.line();
            check(!rec.raw().isBlank(), "a blank line became a record");
            check(rec.raw().indexOf('\n') < 0 && rec.raw().indexOf('\r') < 0, "a record spans lines");
            check((rec.error() == null) == (rec.text() != null), "a record with both or neither of text and error");
            FileResult r = rec.error() == null ? Engines.GATE.audit(rec.id(), rec.text())
                    : FileResult.failed(rec.source(), rec.error());
            if (r.audited()) {
                Invariants.audited(rec.text(), r);
            } else {
                check(rec.error() != null, "a readable record failed: " + r.note());
            }
            GateLines.check(rec.raw(), DECISION.decide(rec, r).line());
        }
    }
}
