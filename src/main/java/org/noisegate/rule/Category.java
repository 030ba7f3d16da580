package org.noisegate.rule;

import java.util.Locale;

/** The four kinds of noise. */
public enum Category {
    BOILERPLATE, MANGLED, NUMBER, NAME;

    /** Lower-case name used in rule ids and reports. */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Category of(String key) {
        for (Category c : values()) {
            if (c.key().equals(key.toLowerCase(Locale.ROOT))) {
                return c;
            }
        }
        throw new IllegalArgumentException("unknown category '" + key + "'");
    }
}
