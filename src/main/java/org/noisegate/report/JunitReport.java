package org.noisegate.report;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.noisegate.rule.Finding;
import org.noisegate.rule.Severity;

/**
 * JUnit XML, so any CI shows noisy files as failed tests: one {@code testcase} per file, a
 * {@code failure} when it fails the gate ({@code --fail-under}, {@code --fail-on}; without a
 * gate, when it has an error finding), {@code skipped} for files that are not text and
 * {@code error} for files that could not be read. Test cases are spooled to a temporary file,
 * since the counts come first in the XML.
 */
public final class JunitReport implements ReportSink {
    private final OutputStream out;
    private final ReportOptions options;
    private final Path spool;
    private final Writer cases;
    private int tests;
    private int failures;
    private int errors;
    private int skipped;

    public JunitReport(OutputStream out, ReportOptions options) {
        this.out = out;
        this.options = options;
        try {
            this.spool = Files.createTempFile("noisegate-junit", ".xml");
            this.cases = Files.newBufferedWriter(spool, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private boolean fails(FileResult r) {
        if (options.failUnder() == null && options.failOn() == null) {
            return r.count(Severity.ERROR) > 0;
        }
        return options.fails(r);
    }

    @Override
    public void file(FileResult r) throws IOException {
        tests++;
        cases.write("    <testcase classname=\"noisegate\" name=\"" + Xml.attr(r.path()) + "\" time=\"0\">\n");
        switch (r.status()) {
            case SKIPPED -> {
                skipped++;
                cases.write("      <skipped message=\"" + Xml.attr(r.note()) + "\"/>\n");
            }
            case FAILED -> {
                errors++;
                cases.write("      <error message=\"" + Xml.attr(r.note()) + "\" type=\"input\"/>\n");
            }
            case AUDITED -> {
                if (fails(r)) {
                    failures++;
                    String why = options.why(r).isEmpty() ? "has error findings" : options.why(r);
                    cases.write("      <failure message=\"" + Xml.attr(String.format(Locale.ROOT, "score %.1f; %s",
                            r.score(), why)) + "\" type=\"noisegate\">");
                    for (Located l : r.findings()) {
                        Finding f = l.finding();
                        if (f.severity() != Severity.INFO) {
                            cases.write(Xml.text(String.format(Locale.ROOT, "%s:%d:%d: %s %s %s \"%s\"%n", r.path(),
                                    l.line(), l.column(), f.severity().key(), f.ruleId(), f.message(), f.text())));
                        }
                    }
                    cases.write("</failure>\n");
                }
                cases.write("      <system-out>" + Xml.text(String.format(Locale.ROOT, "score %.1f, language %s, %d findings",
                        r.score(), r.language(), r.findings().size())) + "</system-out>\n");
            }
        }
        cases.write("    </testcase>\n");
    }

    @Override
    public void end(Summary summary) throws IOException {
        cases.close();
        Writer w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        w.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        String counts = String.format(Locale.ROOT, "tests=\"%d\" failures=\"%d\" errors=\"%d\" skipped=\"%d\"", tests,
                failures, errors, skipped);
        w.write("<testsuites name=\"noisegate\" " + counts + ">\n");
        w.write("  <testsuite name=\"noisegate\" " + counts + " time=\"0\">\n");
        w.flush();
        Files.copy(spool, out);
        w.write("  </testsuite>\n</testsuites>\n");
        w.flush();
    }

    @Override
    public void close() throws IOException {
        cases.close();
        Files.deleteIfExists(spool);
    }
}
