package org.noisegate.calibration;

import java.util.ArrayList;
import java.util.List;

/** Where a rule records its observations of one clean document during calibration. */
public final class Observations {
    private final List<double[]> values = new ArrayList<>();

    /** One unit (a line, a document) with one value per statistic of the rule. */
    public void add(double... unit) {
        values.add(unit.clone());
    }

    List<double[]> values() {
        return values;
    }
}
