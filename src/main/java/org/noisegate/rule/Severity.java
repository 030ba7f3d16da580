package org.noisegate.rule;

import java.util.Locale;

/** How bad a finding is. {@code INFO} findings never lower a score. */
public enum Severity {
    INFO, WARNING, ERROR;

    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Severity of(String key) {
        return valueOf(key.toUpperCase(Locale.ROOT));
    }
}
