package org.noisegate.report;

import java.io.OutputStream;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;

/** The report formats by name; adding a format is one line here and one class. */
public final class Formats {
    private static final Map<String, BiFunction<OutputStream, ReportOptions, ReportSink>> FORMATS = new LinkedHashMap<>();

    static {
        FORMATS.put("text", TextReport::new);
        FORMATS.put("json", (out, o) -> new JsonReport(out));
        FORMATS.put("jsonl", (out, o) -> new JsonlReport(out));
        FORMATS.put("markdown", MarkdownReport::new);
        FORMATS.put("sarif", (out, o) -> new SarifReport(out));
        FORMATS.put("junit", JunitReport::new);
        FORMATS.put("html", (out, o) -> new HtmlReport(out));
    }

    private Formats() {
    }

    public static Set<String> names() {
        return FORMATS.keySet();
    }

    public static ReportSink open(String name, OutputStream out, ReportOptions options) {
        BiFunction<OutputStream, ReportOptions, ReportSink> f = FORMATS.get(name);
        if (f == null) {
            throw new IllegalArgumentException("unknown format '" + name + "' (known: " + String.join(", ", names()) + ")");
        }
        return f.apply(out, options);
    }
}
