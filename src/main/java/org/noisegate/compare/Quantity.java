package org.noisegate.compare;

import java.math.BigDecimal;
import java.util.List;
import org.noisegate.text.Span;

/**
 * A number as one version writes it, read as values.
 *
 * @param kind      count, percentage, year, date or time
 * @param span      UTF-16 span in the version's text: the digits and any scale or percent word
 * @param text      the text of the span
 * @param primary   the value the version's language reads (keys, see {@link Quantities#key})
 * @param readings  every value the text may denote, the primary one included: a scale word read
 *                  and not read ("10 ming": 10000 and 10), a separator read as grouping and as
 *                  a decimal mark where the language allows both, a Buddhist-era year as the
 *                  Gregorian one
 * @param value     the primary value for messages ("60,000", "45%", "10:30")
 * @param malformed a note when the digits are of two numbering systems ("600০০"), else empty
 */
public record Quantity(Kind kind, Span span, String text, String primary, List<String> readings, String value,
                       String malformed) {
    public Quantity {
        readings = List.copyOf(readings);
    }

    /** The digit count of the primary value, for telling close values (600 and 700) from chance ones. */
    public int digits() {
        int n = 0;
        for (int i = 0; i < primary.length(); i++) {
            if (primary.charAt(i) >= '0' && primary.charAt(i) <= '9') {
                n++;
            }
        }
        return n;
    }

    static BigDecimal number(String key) {
        try {
            return new BigDecimal(key);
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
