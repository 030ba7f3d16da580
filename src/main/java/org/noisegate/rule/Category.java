package org.noisegate.rule;

import java.util.Locale;

/**
 * The kinds of noise: four that one file's audit finds, and {@code consistency}, which only a
 * comparison of versions of one text finds ({@code noisegate compare}).
 */
public enum Category {
    BOILERPLATE, MANGLED, NUMBER, NAME, CONSISTENCY;

    private static final java.util.List<Category> AUDIT = java.util.List.of(BOILERPLATE, MANGLED, NUMBER, NAME);

    /** The categories a single file's audit scores (all but {@code consistency}). */
    public static java.util.List<Category> audit() {
        return AUDIT;
    }

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
