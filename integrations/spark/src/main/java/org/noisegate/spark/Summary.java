package org.noisegate.spark;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The corpus summary of a job: {@code summary.json} (documents, kept, rejected, errors; per
 * language and category; the score histogram; the rules that fired on most documents) and the
 * same as an HTML page.
 */
final class Summary {
    static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    private static final int TOP_RULES = 25;

    private Summary() {
    }

    static ObjectNode json(Tally t, double minScore, List<String> inputs) {
        ObjectNode s = JSON.createObjectNode();
        s.put("documents", t.documents);
        s.put("kept", t.kept);
        s.put("rejected", t.rejected);
        s.put("errors", t.errors);
        s.put("minScore", minScore);
        ArrayNode in = s.putArray("inputs");
        inputs.forEach(in::add);
        ObjectNode langs = s.putObject("languages");
        t.languages.forEach((k, v) -> {
            ObjectNode l = langs.putObject(k);
            l.put("documents", v.documents);
            l.put("kept", v.kept);
            l.put("rejected", v.rejected);
            l.put("meanScore", round(v.scoreSum / Math.max(1, v.documents)));
        });
        ObjectNode cats = s.putObject("categories");
        t.categories.forEach((k, v) -> {
            ObjectNode c = cats.putObject(k);
            c.put("documentsWithLoss", v.documents);
            c.put("meanPointsLost", round(v.pointsLost / Math.max(1, v.documents)));
        });
        ArrayNode h = s.putArray("scoreHistogram");
        for (int i = 0; i < t.histogram.length; i++) {
            ObjectNode b = h.addObject();
            b.put("from", i * 10);
            b.put("to", i == 9 ? 100 : i * 10 + 10);
            b.put("documents", t.histogram[i]);
        }
        ArrayNode rules = s.putArray("topRules");
        List<Map.Entry<String, Long>> top = new ArrayList<>(t.rules.entrySet());
        top.sort(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()));
        top.stream().limit(TOP_RULES).forEach(e -> rules.addObject().put("rule", e.getKey()).put("documents", e.getValue()));
        return s;
    }

    private static double round(double v) {
        return Math.round(v * 10) / 10.0;
    }

    /** The summary as a self-contained HTML page. */
    static String html(ObjectNode s) {
        StringBuilder b = new StringBuilder(4096);
        b.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>noisegate: corpus summary</title>\n")
                .append("<style>body{font:15px/1.4 system-ui,sans-serif;margin:2em;max-width:60em}"
                        + "table{border-collapse:collapse;margin:1em 0}td,th{border:1px solid #ccc;padding:.2em .6em;text-align:right}"
                        + "th:first-child,td:first-child{text-align:left}.bar{background:#4a7;height:.8em;display:inline-block}</style>\n")
                .append("</head><body>\n<h1>Corpus summary</h1>\n");
        b.append(String.format(Locale.ROOT, "<p><b>%d</b> documents: <b>%d</b> kept, <b>%d</b> rejected, <b>%d</b> errors "
                        + "(minimum score %.1f).</p>\n", s.get("documents").asLong(), s.get("kept").asLong(),
                s.get("rejected").asLong(), s.get("errors").asLong(), s.get("minScore").asDouble()));
        b.append("<h2>Languages</h2>\n<table><tr><th>language</th><th>documents</th><th>kept</th><th>rejected</th><th>mean score</th></tr>\n");
        s.get("languages").fields().forEachRemaining(e -> b.append("<tr><td>").append(esc(e.getKey())).append("</td><td>")
                .append(e.getValue().get("documents").asLong()).append("</td><td>").append(e.getValue().get("kept").asLong())
                .append("</td><td>").append(e.getValue().get("rejected").asLong()).append("</td><td>")
                .append(e.getValue().get("meanScore").asDouble()).append("</td></tr>\n"));
        b.append("</table>\n<h2>Categories</h2>\n<table><tr><th>category</th><th>documents with a loss</th><th>mean points lost</th></tr>\n");
        s.get("categories").fields().forEachRemaining(e -> b.append("<tr><td>").append(esc(e.getKey())).append("</td><td>")
                .append(e.getValue().get("documentsWithLoss").asLong()).append("</td><td>")
                .append(e.getValue().get("meanPointsLost").asDouble()).append("</td></tr>\n"));
        b.append("</table>\n<h2>Scores</h2>\n<table><tr><th>score</th><th>documents</th><th></th></tr>\n");
        long max = 1;
        for (var n : s.get("scoreHistogram")) {
            max = Math.max(max, n.get("documents").asLong());
        }
        for (var n : s.get("scoreHistogram")) {
            long d = n.get("documents").asLong();
            b.append("<tr><td>").append(n.get("from").asInt()).append("–").append(n.get("to").asInt()).append("</td><td>")
                    .append(d).append("</td><td style=\"text-align:left;width:20em\"><span class=\"bar\" style=\"width:")
                    .append(String.format(Locale.ROOT, "%.1f", 100.0 * d / max)).append("%\"></span></td></tr>\n");
        }
        b.append("</table>\n<h2>Rules that fired on most documents</h2>\n<table><tr><th>rule</th><th>documents</th></tr>\n");
        for (var n : s.get("topRules")) {
            b.append("<tr><td><code>").append(esc(n.get("rule").asText())).append("</code></td><td>")
                    .append(n.get("documents").asLong()).append("</td></tr>\n");
        }
        b.append("</table>\n</body></html>\n");
        return b.toString();
    }

    private static String esc(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
