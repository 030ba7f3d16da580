package org.noisegate.cli;

import java.io.PrintStream;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.noisegate.NoiseGate;
import org.noisegate.rule.Example;
import org.noisegate.rule.Rule;
import org.noisegate.rule.RuleData;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code noisegate rules [ID]}: lists the rules, or explains one with its examples. */
@Command(name = "rules", mixinStandardHelpOptions = true,
        description = "List every rule (id, category, severity, description), or explain one with its examples.")
final class RulesCommand implements Callable<Integer> {
    private final Main.Io io;

    @Parameters(arity = "0..1", paramLabel = "ID", description = "A rule id to explain.")
    String id;

    @Mixin
    RuleOptions ruleOptions = new RuleOptions();

    RulesCommand(Main.Io io) {
        this.io = io;
    }

    @Override
    public Integer call() {
        NoiseGate gate = ruleOptions.builder().build();
        PrintStream out = io.out();
        if (id == null) {
            for (Rule r : gate.rules()) {
                out.printf(Locale.ROOT, "%-34s %-12s %-8s %s%n", r.id(), r.category().key(),
                        r.defaultSeverity().key(), r.description());
            }
            return Main.OK;
        }
        Rule r = gate.registry().get(id).orElse(null);
        if (r == null) {
            io.err().println("noisegate: no rule '" + id + "' (see 'noisegate rules')");
            return Main.USAGE_OR_INPUT_ERROR;
        }
        out.printf(Locale.ROOT, "%s%n  category: %s%n  severity: %s%n  %s%n", r.id(), r.category().key(),
                r.defaultSeverity().key(), r.description());
        if (r instanceof org.noisegate.calibration.Calibrated c) {
            out.printf(Locale.ROOT, "%nCalibrated thresholds (per language in calibration.yaml; default in brackets):%n");
            for (var t : c.thresholds()) {
                out.printf(Locale.ROOT, "  %s [%s]: %s%n", t.key(), CalibrateCommand.fmt(t.defaultValue()), t.meaning());
            }
        }
        RuleData data = RuleData.load(ruleOptions.ruleDirs);
        List<Example> examples = Example.load(data).stream().filter(e -> e.ruleId().equals(id)).toList();
        if (!examples.isEmpty()) {
            out.printf(Locale.ROOT, "%nExamples (%d; flagged text in «»):%n", examples.size());
            for (Example e : examples) {
                out.printf(Locale.ROOT, "  %s %s%s%n", e.positive() ? "flags:   " : "accepts: ",
                        e.lang() == null ? "" : "[" + e.lang() + "] ", marked(e));
            }
        }
        return Main.OK;
    }

    private static String marked(Example e) {
        StringBuilder b = new StringBuilder(e.text());
        for (int i = e.marked().size() - 1; i >= 0; i--) {
            b.insert(e.marked().get(i).end(), '»').insert(e.marked().get(i).start(), '«');
        }
        return b.toString().replace("\n", " ⏎ ");
    }
}
