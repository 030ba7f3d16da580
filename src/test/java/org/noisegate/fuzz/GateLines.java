package org.noisegate.fuzz;

import static org.noisegate.fuzz.Invariants.check;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Iterator;
import java.util.Map;

/**
 * The gate's promise for one record: its output line is the input line, byte for byte, with a
 * {@code noisegate} member added before the closing brace; or, for a line that is not a usable
 * record, an error object carrying the line unchanged in {@code raw}. Either way the output line
 * is one JSON object.
 */
final class GateLines {
    private static final ObjectMapper STRICT = new ObjectMapper()
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    private GateLines() {
    }

    /** Checks an output line against the input line it came from; returns whether it was an error record. */
    static boolean check(String input, String output) {
        JsonNode out;
        try {
            out = STRICT.readTree(output);
        } catch (Exception e) {
            throw new AssertionError("gate wrote a line that is not one JSON value: " + Invariants.escape(output));
        }
        Invariants.check(out instanceof ObjectNode && out.has("noisegate"), "output without a noisegate object");
        JsonNode ng = out.get("noisegate");
        if (ng.has("error")) {
            Invariants.check(out.path("raw").isTextual() && out.get("raw").asText().equals(input),
                    "an error record does not carry its line unchanged");
            return true;
        }
        String t = input.stripTrailing();
        Invariants.check(t.lastIndexOf('}') >= 0, "a line that is not an object was audited");
        String body = t.substring(0, t.lastIndexOf('}')).stripTrailing();
        Invariants.check(output.startsWith(body), "the kept fields are not the input's bytes");
        String added = output.substring(body.length());
        Invariants.check(added.matches("(?s),?\"noisegate\":\\{.*\\}\\}"), "more than the noisegate object was added");
        JsonNode in;
        try {
            in = STRICT.readTree(input);
        } catch (Exception e) {
            throw new AssertionError("a line that is not one JSON object was audited: " + Invariants.escape(input));
        }
        if (!in.has("noisegate")) {
            Iterator<Map.Entry<String, JsonNode>> it = in.fields();
            int n = 0;
            while (it.hasNext()) {
                Map.Entry<String, JsonNode> e = it.next();
                n++;
                Invariants.check(e.getValue().equals(out.get(e.getKey())), "field '" + e.getKey() + "' changed");
            }
            Invariants.check(out.size() == n + 1, "fields added or lost");
        }
        return false;
    }
}
