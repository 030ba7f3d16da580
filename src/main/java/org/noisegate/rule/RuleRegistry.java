package org.noisegate.rule;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.Set;

/** Every rule of every module found by {@link ServiceLoader}, sorted by id. */
public final class RuleRegistry {
    private final Map<String, Rule> rules;

    private RuleRegistry(Map<String, Rule> rules) {
        this.rules = rules;
    }

    public static RuleRegistry load(RuleData data) {
        List<Rule> all = new ArrayList<>();
        for (RuleModule m : ServiceLoader.load(RuleModule.class, RuleRegistry.class.getClassLoader())) {
            all.addAll(m.rules(data));
        }
        all.sort(Comparator.comparing(Rule::id));
        Map<String, Rule> map = new LinkedHashMap<>();
        for (Rule r : all) {
            if (map.put(r.id(), r) != null) {
                throw new IllegalStateException("two rules share the id " + r.id());
            }
        }
        return new RuleRegistry(map);
    }

    /** This registry with rules of the caller's own added (their ids must be new). */
    public RuleRegistry with(List<Rule> extra) {
        if (extra.isEmpty()) {
            return this;
        }
        Map<String, Rule> map = new java.util.TreeMap<>(rules);
        for (Rule r : extra) {
            if (map.put(r.id(), r) != null) {
                throw new IllegalArgumentException("two rules share the id " + r.id());
            }
        }
        return new RuleRegistry(new LinkedHashMap<>(map));
    }

    public Collection<Rule> all() {
        return rules.values();
    }

    public Optional<Rule> get(String id) {
        return Optional.ofNullable(rules.get(id));
    }

    /**
     * The rules selected by ids or prefixes: {@code enable} empty means all; an entry matches a
     * rule when it equals its id or its category ({@code number}) or ends with {@code .*}
     * and prefixes it. Unknown entries raise an error listing what exists.
     */
    public List<Rule> select(List<String> enable, List<String> disable) {
        check(enable);
        check(disable);
        List<Rule> out = new ArrayList<>();
        for (Rule r : rules.values()) {
            boolean on = enable.isEmpty() || enable.stream().anyMatch(e -> matches(e, r));
            boolean off = disable.stream().anyMatch(e -> matches(e, r));
            if (on && !off) {
                out.add(r);
            }
        }
        return out;
    }

    private void check(List<String> selectors) {
        Set<String> unknown = new HashSet<>();
        for (String s : selectors) {
            if (rules.values().stream().noneMatch(r -> matches(s, r))) {
                unknown.add(s);
            }
        }
        if (!unknown.isEmpty()) {
            throw new IllegalArgumentException("unknown rule or category: " + String.join(", ", unknown)
                    + " (see 'noisegate rules')");
        }
    }

    private static boolean matches(String selector, Rule r) {
        String s = selector.strip();
        if (s.endsWith(".*")) {
            s = s.substring(0, s.length() - 2);
        }
        return r.id().equals(s) || r.category().key().equals(s) || r.id().startsWith(s + ".");
    }
}
