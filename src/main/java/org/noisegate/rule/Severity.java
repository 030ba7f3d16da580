package org.noisegate.rule;

import java.util.Locale;

/** How bad a finding is. {@code INFO} findings never lower a score. */
public enum Severity {
    INFO, WARNING, ERROR;

    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Severity of(String key) {
        for (Severity s : values()) {
            if (s.key().equals(key.strip().toLowerCase(Locale.ROOT))) {
                return s;
            }
        }
        throw new IllegalArgumentException("unknown severity '" + key + "' (error, warning or info)");
    }
}
