package org.noisegate.rule;

/** Holds a rule's identity so that each rule class only writes its check. */
public abstract class BaseRule implements Rule {
    private final String id;
    private final Category category;
    private final Severity severity;
    private final String description;

    protected BaseRule(String id, Category category, Severity severity, String description) {
        if (!id.startsWith(category.key() + ".")) {
            throw new IllegalArgumentException("rule id " + id + " must start with " + category.key() + ".");
        }
        this.id = id;
        this.category = category;
        this.severity = severity;
        this.description = description;
    }

    @Override
    public final String id() {
        return id;
    }

    @Override
    public final Category category() {
        return category;
    }

    @Override
    public final Severity defaultSeverity() {
        return severity;
    }

    @Override
    public final String description() {
        return description;
    }

    @Override
    public String toString() {
        return id;
    }
}
