package org.noisegate.calibration;

import java.util.List;
import java.util.Map;
import org.noisegate.rule.Rule;
import org.noisegate.text.Document;

/**
 * A rule whose thresholds rest on statistics that differ between languages. {@code noisegate
 * calibrate} lets it observe text the user says is clean, then asks it for the thresholds that keep
 * its false alarms within a budget; the auditor reads them back from {@code calibration.yaml}.
 */
public interface Calibrated extends Rule {
    /** The thresholds the rule reads, with their defaults. */
    List<Threshold> thresholds();

    /** Names of the values {@link #observe} records for each unit, e.g. {@code filler-share}. */
    List<String> statistics();

    /** True when a unit is a document (the false-alarm budget counts documents), else a line. */
    default boolean perDocument() {
        return false;
    }

    /** Records, for each unit of a clean document the rule would judge, the values its thresholds compare. */
    void observe(Document doc, Observations out);

    /**
     * The thresholds for one language: values that let at most {@code allowed} of the observed
     * units be flagged, never looser than needed and never stricter than the defaults.
     */
    Map<String, Double> choose(List<double[]> observed, long allowed);
}
