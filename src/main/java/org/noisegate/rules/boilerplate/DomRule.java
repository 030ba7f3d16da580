package org.noisegate.rules.boilerplate;

import java.util.List;
import org.noisegate.rule.BaseRule;
import org.noisegate.rule.Category;
import org.noisegate.rule.RuleContext;
import org.noisegate.rule.Severity;
import org.noisegate.text.Block;
import org.noisegate.text.Document;

/**
 * HTML evidence (only for documents extracted from HTML): blocks inside boilerplate containers
 * (nav, aside, footer, header, form; class or id tokens listed in
 * {@code rules/boilerplate/dom-tokens.txt}) that are short or link-heavy, and link lists
 * (link density over {@value #LINK_DENSITY}). Long prose blocks inside such containers are left
 * alone: some themes wrap the article itself in them.
 */
final class DomRule extends BaseRule {
    static final double LINK_DENSITY = 0.5;
    static final int SHORT = 200;

    DomRule() {
        super("boilerplate.dom", Category.BOILERPLATE, Severity.WARNING,
                "HTML blocks in navigation, footer, share, comment or ad containers, and link lists (HTML input only).");
    }

    @Override
    public void check(Document doc, RuleContext ctx) {
        for (Block b : doc.blocks()) {
            int len = b.end() - b.start();
            List<String> c = b.containers();
            boolean linkList = b.linkDensity() > LINK_DENSITY;
            boolean contained = !b.main() && !c.isEmpty() && (len < SHORT || b.linkDensity() > 0.2);
            if (linkList || contained) {
                String why = linkList ? String.format(java.util.Locale.ROOT, "link density %.0f%%", 100 * b.linkDensity())
                        : "inside " + String.join(" ", c.subList(0, Math.min(3, c.size())));
                ctx.report(b.start(), b.end(), "HTML boilerplate block (" + why + ") at " + b.cssPath(), "remove the block");
            }
        }
    }
}
