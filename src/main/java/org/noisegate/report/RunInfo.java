package org.noisegate.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Collection;
import java.util.List;
import java.util.Properties;
import org.noisegate.rule.Rule;

/** What produced a report: the tool and the rules that ran. */
public record RunInfo(String toolName, String toolVersion, List<RuleInfo> rules) {

    /** A rule as reports describe it. */
    public record RuleInfo(String id, String category, String severity, String description) {
    }

    public static String version() {
        Properties p = new Properties();
        try (InputStream in = RunInfo.class.getResourceAsStream("/org/noisegate/version.properties")) {
            if (in != null) {
                p.load(in);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return p.getProperty("version", "dev");
    }

    public static RunInfo current() {
        return new RunInfo("noisegate", version(), List.of());
    }

    public static RunInfo of(Collection<Rule> rules) {
        return new RunInfo("noisegate", version(), rules.stream()
                .map(r -> new RuleInfo(r.id(), r.category().key(), r.defaultSeverity().key(), r.description()))
                .toList());
    }
}
