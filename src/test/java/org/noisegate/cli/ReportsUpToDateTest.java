package org.noisegate.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Golden files: the reports of the seeds in reports/ must be what the code makes now, format by
 * format. The formats and file names are read from reports/update.sh, the one command that
 * regenerates them; run it when a change is intended.
 */
class ReportsUpToDateTest {
    @TempDir
    Path tmp;

    @Test
    void committedReportsMatchTheCode() throws IOException {
        String script = Files.readString(Path.of("reports/update.sh"));
        Matcher m = Pattern.compile("--format (\\w+):reports/(\\S+)").matcher(script);
        List<String> args = new ArrayList<>(List.of("audit", "seeds/"));
        List<String> names = new ArrayList<>();
        while (m.find()) {
            args.add("--format");
            args.add(m.group(1) + ":" + tmp.resolve(m.group(2)));
            names.add(m.group(2));
        }
        assertEquals(true, names.size() >= 4, "reports/update.sh lists the formats: " + names);
        CliTest.Run r = CliTest.run(args.toArray(String[]::new));
        assertEquals(0, r.code(), r.err());
        for (String name : names) {
            assertEquals(Files.readString(Path.of("reports", name)), Files.readString(tmp.resolve(name)),
                    "reports/" + name + " is out of date: run reports/update.sh");
        }
    }
}
