package org.noisegate.source;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Element;

/**
 * Finds the element that holds a page's main text, the way readability and boilerpipe do: every
 * block of prose (long enough, with sentence punctuation, few links) gives its length to its own
 * element, its parent and, halved, its grandparent; the element with the most wins, together with
 * its siblings that hold a good share of prose of their own. A page with too little prose has no
 * main element (the empty set).
 */
final class MainContent {
    /** Blocks with at least this many code points of prose count (CJK letters thrice). */
    static final int MIN_PROSE = 60;
    /** Blocks with a larger share of linked text are navigation, not prose. */
    static final double MAX_LINKS = 0.33;
    /** The winner needs at least this much prose. */
    static final int MIN_MAIN = 250;
    /** A sibling of the winner joins it with at least this share of the winner's score. */
    static final double SIBLING_SHARE = 0.25;

    private MainContent() {
    }

    static Set<Element> find(List<Element> blocks, List<String> texts, List<Double> linkDensity) {
        Map<Element, Double> score = new IdentityHashMap<>();
        for (int i = 0; i < blocks.size(); i++) {
            double p = prose(texts.get(i), linkDensity.get(i));
            if (p == 0) {
                continue;
            }
            Element e = blocks.get(i);
            score.merge(e, p, Double::sum);
            if (e.parent() != null) {
                score.merge(e.parent(), p, Double::sum);
                if (e.parent().parent() != null) {
                    score.merge(e.parent().parent(), p / 2, Double::sum);
                }
            }
        }
        Element best = null;
        double top = 0;
        for (Map.Entry<Element, Double> en : score.entrySet()) {
            String tag = en.getKey().normalName();
            if (tag.equals("html") || tag.equals("#root")) {
                continue;
            }
            if (en.getValue() > top || en.getValue() == top && best != null && depth(en.getKey()) > depth(best)) {
                top = en.getValue();
                best = en.getKey();
            }
        }
        Set<Element> out = Collections.newSetFromMap(new IdentityHashMap<>());
        if (best == null || top < MIN_MAIN || best.normalName().equals("body")) {
            return out;
        }
        out.add(best);
        Element parent = best.parent();
        if (parent != null) {
            for (Element sib : parent.children()) {
                if (sib != best && score.getOrDefault(sib, 0.0) >= SIBLING_SHARE * top) {
                    out.add(sib);
                }
            }
        }
        return out;
    }

    private static int depth(Element e) {
        int d = 0;
        for (Element p = e; p != null; p = p.parent()) {
            d++;
        }
        return d;
    }

    /** The prose a block holds: its size when it reads like prose, else 0. */
    private static double prose(String text, double links) {
        if (links > MAX_LINKS) {
            return 0;
        }
        int size = 0;
        boolean punct = false;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            size += cp >= 0x2E80 && Character.isLetter(cp) ? 3 : 1;
            punct |= org.noisegate.text.Scripts.isSentenceFinal(cp) && cp != ':';
        }
        return size >= MIN_PROSE && punct ? size : 0;
    }

    /** Whether the element is, or lies inside, one of the main elements. */
    static boolean inside(Element e, Set<Element> main) {
        for (Element p = e; p != null; p = p.parent()) {
            if (main.contains(p)) {
                return true;
            }
        }
        return false;
    }
}
