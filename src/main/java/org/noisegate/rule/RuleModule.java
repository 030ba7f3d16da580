package org.noisegate.rule;

import java.util.List;

/**
 * A rule family. Implementations are found with {@link java.util.ServiceLoader}, so a family is
 * added by listing it in {@code META-INF/services/org.noisegate.rule.RuleModule}.
 */
public interface RuleModule {
    /** Builds the family's rules from its data. */
    List<Rule> rules(RuleData data);
}
