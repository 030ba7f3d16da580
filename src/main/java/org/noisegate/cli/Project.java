package org.noisegate.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.noisegate.NoiseGate;
import org.noisegate.config.ProjectConfig;
import org.noisegate.rule.Severity;

/** The project configuration in force and where it came from. */
record Project(ProjectConfig config, Path base, Path file) {

    /** --config FILE, else ./noisegate.yaml, else noisegate.yaml in the first directory argument. */
    static Project load(Path explicit, List<String> paths, Main.Io io) throws IOException {
        Path file = explicit;
        if (file == null) {
            Path here = Path.of(ProjectConfig.FILE_NAME);
            if (Files.isRegularFile(here)) {
                file = here;
            } else {
                for (String p : paths) {
                    if (!p.equals("-") && Files.isDirectory(Path.of(p))) {
                        Path c = Path.of(p).resolve(ProjectConfig.FILE_NAME);
                        file = Files.isRegularFile(c) ? c : null;
                        break;
                    }
                }
            }
        } else if (!Files.isRegularFile(file)) {
            throw new IOException("configuration file not found: " + file + "; check the path given to --config, or "
                    + "leave --config out to use ./noisegate.yaml");
        }
        if (file == null) {
            return new Project(ProjectConfig.EMPTY, Path.of("."), null);
        }
        Path base = file.toAbsolutePath().getParent();
        ProjectConfig config = ProjectConfig.read(file);
        try {
            org.noisegate.config.IgnorePatterns.of(config.ignored());
        } catch (IllegalArgumentException e) {
            throw new IOException("bad configuration " + file + ": " + e.getMessage(), e);
        }
        return new Project(config, base, file.toAbsolutePath().normalize());
    }

    List<String> ignored() {
        return config.ignored();
    }

    /** A walker that skips the ignored globs and the configuration file itself. */
    Walker walker(NoiseGate gate, Main.Io io) {
        return new Walker(gate, config.ignored(), file, io);
    }

    /** Builds the auditor; a mistake that comes from the configuration file names the file. */
    NoiseGate build(NoiseGate.Builder b, RuleOptions cli) {
        try {
            return b.build();
        } catch (IllegalArgumentException e) {
            String m = String.valueOf(e.getMessage());
            boolean fromFile = file != null && (m.startsWith("severity set")
                    || m.startsWith("unknown rule") && (cli.enable.isEmpty() && !config.enable().isEmpty()
                    || cli.disable.isEmpty() && !config.disable().isEmpty() || !config.languageDisables().isEmpty()));
            if (fromFile) {
                throw new IllegalArgumentException("bad configuration " + file + ": " + m, e);
            }
            throw e;
        }
    }

    /** The auditor: the command line's rule options over the file's. */
    NoiseGate.Builder builder(RuleOptions cli) {
        NoiseGate.Builder b = NoiseGate.builder()
                .enable(cli.enable.isEmpty() ? config.enable() : cli.enable)
                .disable(cli.disable.isEmpty() ? config.disable() : cli.disable)
                .language(cli.lang != null ? cli.lang : config.language());
        for (String d : config.ruleDirs()) {
            b.rules(base.resolve(d));
        }
        cli.ruleDirs.forEach(b::rules);
        config.severities().forEach((id, s) -> {
            try {
                b.severity(id, Severity.of(s));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("bad configuration " + file + ": severity of " + id
                        + " takes error, warning or info, not '" + s + "'", e);
            }
        });
        config.languageDisables().forEach(b::disableFor);
        return cli.budget(b);
    }
}
