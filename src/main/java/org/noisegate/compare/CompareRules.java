package org.noisegate.compare;

import java.util.List;
import org.noisegate.report.RunInfo;

/** The rules of {@code noisegate compare}, category {@code consistency}; the ids are stable. */
public final class CompareRules {
    public static final String NUMBER = "consistency.number";
    public static final String NUMBER_MISSING = "consistency.number-missing";
    public static final String NAME = "consistency.name";
    public static final String NAME_MISSING = "consistency.name-missing";

    public static final List<RunInfo.RuleInfo> ALL = List.of(
            new RunInfo.RuleInfo(NUMBER, "consistency", "warning",
                    "A number that most versions agree on, written as another value in one version "
                            + "(600 where the others have 600; error when its digits are of two systems, like 600০০)."),
            new RunInfo.RuleInfo(NUMBER_MISSING, "consistency", "info",
                    "A number most versions of a line or paragraph have that one version has neither in digits nor in words."),
            new RunInfo.RuleInfo(NAME, "consistency", "info",
                    "A name the other versions of the same script (or the gazetteer) spell one way, spelled differently in one version."),
            new RunInfo.RuleInfo(NAME_MISSING, "consistency", "info",
                    "A name most versions of a line or paragraph have that one version does not have."));

    private CompareRules() {
    }
}
