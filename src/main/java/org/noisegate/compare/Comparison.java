package org.noisegate.compare;

import java.util.List;

/**
 * The outcome of comparing versions of one text: how they were aligned, into how many units,
 * and what each version says differently.
 */
public record Comparison(List<Version> versions, Align mode, int units, List<Disagreement> disagreements) {
    public Comparison {
        versions = List.copyOf(versions);
        disagreements = List.copyOf(disagreements);
    }

    public List<Disagreement> of(int version) {
        return disagreements.stream().filter(d -> d.version() == version).toList();
    }
}
