package org.noisegate.config;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Errors in JSON and YAML files told in words: where, and what is wrong, without the parser's internals. */
public final class ParseErrors {
    private ParseErrors() {
    }

    /**
     * What is wrong with a file the parser refused, e.g. {@code line 3, column 1: unknown key
     * 'surprise' (known: rules, severity, …)}.
     *
     * @param format "YAML" or "JSON", for syntax errors
     */
    public static String describe(JsonProcessingException e, String format) {
        String where = where(e.getLocation());
        if (e instanceof UnrecognizedPropertyException u) {
            Collection<Object> known = u.getKnownPropertyIds();
            String list = known == null ? "" : known.stream().map(String::valueOf).sorted()
                    .collect(Collectors.joining(", "));
            // the YAML parser places this past the value; the key's name says where
            return "unknown key '" + u.getPropertyName() + "'" + (list.isEmpty() ? "" : " (known: " + list + ")");
        }
        if (e instanceof MismatchedInputException m) {
            String path = path(m);
            return where + (path.isEmpty() ? "the value" : "'" + path + "'") + " must be " + kind(m.getTargetType());
        }
        if (e instanceof JsonMappingException m && m.getCause() instanceof IllegalArgumentException cause
                && cause.getMessage() != null) {
            return where + cause.getMessage();
        }
        String original = e.getOriginalMessage() == null ? "" : e.getOriginalMessage().split("\n")[0];
        if (original.startsWith("Unexpected character") || original.startsWith("Unrecognized token")
                || original.startsWith("Unexpected end-of-input") || original.contains("Illegal")) {
            original = "";
        }
        return where + "not valid " + format + (original.isEmpty() ? "" : " (" + original + ")");
    }

    private static String where(JsonLocation l) {
        if (l == null || l.getLineNr() < 1) {
            return "";
        }
        return "line " + l.getLineNr() + (l.getColumnNr() > 0 ? ", column " + l.getColumnNr() : "") + ": ";
    }

    private static String path(JsonMappingException m) {
        StringBuilder b = new StringBuilder();
        for (JsonMappingException.Reference r : m.getPath()) {
            if (r.getFieldName() != null) {
                b.append(b.length() == 0 ? "" : ".").append(r.getFieldName());
            } else if (r.getIndex() >= 0) {
                b.append('[').append(r.getIndex()).append(']');
            }
        }
        return b.toString();
    }

    private static String kind(Class<?> t) {
        if (t == null) {
            return "of another kind";
        }
        if (Number.class.isAssignableFrom(t) || t == double.class || t == int.class || t == long.class) {
            return "a number";
        }
        if (t == String.class) {
            return "a single value (text)";
        }
        if (t == Boolean.class || t == boolean.class) {
            return "true or false";
        }
        if (List.class.isAssignableFrom(t) || t.isArray()) {
            return "a list, e.g. [a, b]";
        }
        if (Map.class.isAssignableFrom(t) || t.isRecord()) {
            return "a map of keys and values, e.g. {key: value}";
        }
        return "of another kind";
    }
}
