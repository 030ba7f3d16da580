package org.noisegate.rules.mangled;

import org.noisegate.rule.BaseRule;
import org.noisegate.rule.Category;
import org.noisegate.rule.RuleContext;
import org.noisegate.rule.Severity;
import org.noisegate.text.Document;
import org.noisegate.text.Span;

/** Byte runs that were not valid in the input's encoding (decoding went on past them). */
final class InvalidEncodingRule extends BaseRule {
    InvalidEncodingRule() {
        super("mangled.invalid-encoding", Category.MANGLED, Severity.ERROR,
                "Bytes that are not valid UTF-8 (or UTF-16) in the input; each run is replaced by U+FFFD.");
    }

    @Override
    public void check(Document doc, RuleContext ctx) {
        for (Span s : doc.decodeErrors()) {
            ctx.report(s.start(), s.end(), "invalid byte sequence in the input",
                    "re-decode the source with its real encoding");
        }
    }
}
