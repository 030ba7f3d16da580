package org.noisegate.compare;

import java.util.Objects;
import org.noisegate.text.LineMap;

/**
 * One version of a text: where it came from (a path, or a JSONL record's id), its text, and
 * the language (ISO 639) and dominant script (ICU UScript code) it is written in.
 */
public record Version(String path, String text, String language, int script) {
    public Version {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(language, "language");
    }

    LineMap lines() {
        return new LineMap(text);
    }
}
