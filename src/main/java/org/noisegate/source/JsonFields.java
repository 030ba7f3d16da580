package org.noisegate.source;

import com.fasterxml.jackson.databind.JsonNode;

/** Dotted field paths into JSON records: {@code meta.id}, {@code doc.body.text}. */
public final class JsonFields {
    private JsonFields() {
    }

    /** The node at the path, or null when a step is missing. */
    public static JsonNode get(JsonNode root, String dotted) {
        JsonNode n = root;
        for (String step : dotted.split("\\.")) {
            if (n == null || !n.isObject()) {
                return null;
            }
            n = n.get(step);
        }
        return n;
    }
}
