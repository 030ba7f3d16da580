package org.noisegate.report;

import java.io.IOException;
import java.util.List;

/** Sends every result to several reports at once ({@code --format a:x --format b:y}). */
public final class TeeSink implements ReportSink {
    private final List<ReportSink> sinks;

    public TeeSink(List<ReportSink> sinks) {
        this.sinks = List.copyOf(sinks);
    }

    @Override
    public void start(RunInfo run) throws IOException {
        for (ReportSink s : sinks) {
            s.start(run);
        }
    }

    @Override
    public void file(FileResult result) throws IOException {
        for (ReportSink s : sinks) {
            s.file(result);
        }
    }

    @Override
    public void end(Summary summary) throws IOException {
        for (ReportSink s : sinks) {
            s.end(summary);
        }
    }

    @Override
    public void close() throws IOException {
        IOException first = null;
        for (ReportSink s : sinks) {
            try {
                s.close();
            } catch (IOException e) {
                first = first == null ? e : first;
            }
        }
        if (first != null) {
            throw first;
        }
    }
}
