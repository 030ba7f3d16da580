package org.noisegate.calibration;

/**
 * One threshold a rule reads from the calibration.
 *
 * @param key          {@code <rule id>.<name>}, the key in {@code calibration.yaml}
 * @param defaultValue used for languages the calibration does not cover
 * @param meaning      one line for humans: what the rule does with the value
 */
public record Threshold(String key, double defaultValue, String meaning) {
}
