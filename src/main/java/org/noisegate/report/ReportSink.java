package org.noisegate.report;

import java.io.IOException;

/** Receives results as they are made, so memory does not grow with the number of files. */
public interface ReportSink extends AutoCloseable {
    default void start(RunInfo run) throws IOException {
    }

    void file(FileResult result) throws IOException;

    default void end(Summary summary) throws IOException {
    }

    @Override
    default void close() throws IOException {
    }
}
