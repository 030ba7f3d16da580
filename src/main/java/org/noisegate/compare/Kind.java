package org.noisegate.compare;

import java.util.Locale;

/**
 * What a number stands for. Counts, percentages, years, dates and times are kept apart: a
 * version's 600 never answers another version's 600%, and a changed year is reported as a
 * year.
 */
public enum Kind {
    COUNT, PERCENT, YEAR, DATE, TIME;

    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * Whether a value of this kind in one version may be the same value as one of {@code other}
     * in another. Years and dates are told from counts by their shape, which translations do not
     * always keep ("1500 personnes" looks like a year), so those may stand for each other;
     * percentages and times only ever match their own kind.
     */
    public boolean compatible(Kind other) {
        if (this == other) {
            return true;
        }
        if (this == PERCENT || other == PERCENT || this == TIME || other == TIME) {
            return false;
        }
        return true;
    }
}
