package org.noisegate.pipeline;

import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.noisegate.source.JsonFields;

/**
 * One input document: a JSONL line (kept raw, so fields pass through untouched), a Parquet row
 * (its columns as a JSON object in {@code raw}, and the row itself for Parquet output) or a whole file.
 *
 * @param source where it came from (file name or "-")
 * @param line   1-based line number in a JSONL input (row number in a Parquet input), 0 for a whole file
 * @param raw    the raw JSONL line (a Parquet row as a JSON object), or null for a file
 * @param id     the document id (the id field, or the path)
 * @param text   the text to audit, or null when the record has an error
 * @param html   the page bytes of an HTML file, or null
 * @param error  why the record cannot be audited, or null
 * @param row    the Parquet row, or null for other inputs
 */
public record Record(String source, long line, String raw, String id, String text, byte[] html, String error,
                     org.apache.parquet.example.data.Group row) {
    /** Strict about what follows the object: {"a":1} {"b":2} on one line is not one record. */
    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(com.fasterxml.jackson.databind.DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    static {
        // Jackson's default limit on string length (20M chars) is below the record size limit: lifted
        JSON.getFactory().setStreamReadConstraints(StreamReadConstraints.builder().maxStringLength(Integer.MAX_VALUE).build());
    }

    /** A record of a JSONL line or a file. */
    public Record(String source, long line, String raw, String id, String text, byte[] html, String error) {
        this(source, line, raw, id, text, html, error, null);
    }

    /** A record that cannot be audited, and why. */
    public static Record error(String source, long line, String raw, String why) {
        return new Record(source, line, raw, null, null, null, why);
    }

    /** Parses a JSONL line; a line that is not a JSON object, or lacks the text field, becomes an error record. */
    public static Record ofLine(String source, long line, String raw, String textField, String idField) {
        JsonNode node;
        try {
            node = JSON.readTree(raw);
        } catch (Exception e) {
            String m = e.getMessage() == null ? e.toString() : e.getMessage().split("\n")[0];
            return new Record(source, line, raw, null, null, null, "not valid JSON: " + m);
        }
        if (!(node instanceof ObjectNode)) {
            return new Record(source, line, raw, null, null, null, "not a JSON object");
        }
        JsonNode text = JsonFields.get(node, textField);
        if (text == null || !text.isTextual()) {
            return new Record(source, line, raw, null, null, null, "no text field '" + textField + "'");
        }
        JsonNode id = idField == null ? null : JsonFields.get(node, idField);
        String idText = id != null && !id.isNull() ? id.asText() : defaultId(source, line);
        return new Record(source, line, raw, idText, text.asText(), null, null);
    }

    private static String defaultId(String source, long line) {
        return source + ":" + line;
    }

    /**
     * How an audit report names this document: {@code docs.jsonl#<id>}, or {@code docs.jsonl#<line>}
     * when the record has no id (nor a readable line), the path for a whole file.
     */
    public String name() {
        if (line == 0) {
            return source;
        }
        return source + "#" + (id == null || id.equals(defaultId(source, line)) ? String.valueOf(line) : id);
    }

    public boolean jsonl() {
        return raw != null;
    }
}
