package org.noisegate.calibration;

/**
 * One threshold a rule reads from the calibration.
 *
 * @param key          {@code <rule id>.<name>}, the key in {@code calibration.yaml}
 * @param defaultValue used for languages the calibration does not cover
 * @param meaning      one line for humans: what the rule does with the value
 * @param loosest      the loosest value at which the rule can still flag anything (a share of 1
 *                     for a rule that flags shares from the threshold on); past it the rule would be
 *                     off. {@code NaN} when there is no such bound. Calibration never goes past it.
 */
public record Threshold(String key, double defaultValue, String meaning, double loosest) {
    public Threshold(String key, double defaultValue, String meaning) {
        this(key, defaultValue, meaning, Double.NaN);
    }

    /** True when the value is past {@link #loosest}, on the side away from the default: the rule would be off. */
    public boolean disables(double value) {
        if (Double.isNaN(loosest) || loosest == defaultValue) {
            return false;
        }
        return loosest > defaultValue ? value > loosest : value < loosest;
    }

    /** The value, or {@link #loosest} when the value would turn the rule off. */
    public double clamp(double value) {
        return disables(value) ? loosest : value;
    }
}
