package org.noisegate.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/** What produced a report. */
public record RunInfo(String toolName, String toolVersion) {
    public static RunInfo current() {
        Properties p = new Properties();
        try (InputStream in = RunInfo.class.getResourceAsStream("/org/noisegate/version.properties")) {
            if (in != null) {
                p.load(in);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new RunInfo("noisegate", p.getProperty("version", "dev"));
    }
}
