package org.noisegate.source;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;
import org.noisegate.text.Block;

/**
 * Extracts the text of an HTML page block by block with Jsoup, decoding by the BOM or the
 * page's declared charset (UTF-8 when it declares none). Each block-level element with text of
 * its own becomes one line of the extracted text, with its CSS path and DOM evidence: the
 * boilerplate containers around it (nav, aside, footer, header, form; class and id tokens such as
 * share, social, comment, breadcrumb, related, banner, cookie, newsletter, ad) and its link
 * density.
 */
public final class HtmlExtractor {
    private static final Set<String> BLOCKS = Set.of("p", "div", "li", "h1", "h2", "h3", "h4", "h5", "h6", "td", "th",
            "pre", "blockquote", "article", "section", "header", "footer", "nav", "aside", "figcaption", "dt", "dd",
            "caption", "main", "form", "ul", "ol", "table", "tr", "figure", "address", "body", "label", "button",
            "option", "summary", "details");
    private static final Set<String> SKIP = Set.of("script", "style", "noscript", "template", "head", "svg", "iframe",
            "select", "textarea", "rt", "rp");
    /** A noscript element with more text than this holds the page itself (an unclosed tag inside it). */
    private static final int NOSCRIPT_TEXT = 1000;
    private static final Set<String> CONTAINER_TAGS = Set.of("nav", "aside", "footer", "header", "form", "button");
    private static final Set<String> CONTENT_TAGS = Set.of("article", "main");
    private final Pattern tokens;

    /** @param tokenPattern a regular expression for boilerplate class/id tokens (from the rule data) */
    public HtmlExtractor(Pattern tokenPattern) {
        this.tokens = tokenPattern;
    }

    /** The extracted text and its blocks. */
    public record Extracted(String text, List<Block> blocks) {
    }

    public Extracted extract(byte[] html, String baseUri) throws IOException {
        org.jsoup.nodes.Document dom = Jsoup.parse(new ByteArrayInputStream(html), null, baseUri == null ? "" : baseUri);
        return extract(dom);
    }

    public Extracted extract(org.jsoup.nodes.Document dom) {
        StringBuilder out = new StringBuilder();
        List<Block> blocks = new ArrayList<>();
        Element body = dom.body() == null ? dom : dom.body();
        Set<Element> pages = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        for (Element ns : body.getElementsByTag("noscript")) {
            if (ns.text().length() >= NOSCRIPT_TEXT) {
                pages.add(ns);
            }
        }
        List<Element> order = new ArrayList<>();
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof TextNode t && !t.isBlank() && !skipped(t, pages)) {
                    Element block = blockOf(t);
                    if (order.isEmpty() || order.get(order.size() - 1) != block) {
                        order.add(block);
                    }
                }
            }

            @Override
            public void tail(Node node, int depth) {
            }
        }, body);
        Set<Element> done = new LinkedHashSet<>();
        List<Element> kept = new ArrayList<>();
        List<String> texts = new ArrayList<>();
        List<Double> densities = new ArrayList<>();
        for (Element block : order) {
            if (!done.add(block)) {
                continue; // text on both sides of a nested block: all of it was taken the first time
            }
            String text = ownBlockText(block, pages);
            if (text.isBlank()) {
                continue;
            }
            kept.add(block);
            texts.add(text);
            densities.add(linkDensity(block, text));
        }
        Set<Element> main = MainContent.find(kept, texts, densities);
        for (int i = 0; i < kept.size(); i++) {
            if (out.length() > 0) {
                out.append('\n');
            }
            int start = out.length();
            out.append(texts.get(i));
            Element block = kept.get(i);
            blocks.add(new Block(start, out.length(), cssPath(block), containers(block), densities.get(i),
                    MainContent.inside(block, main)));
        }
        if (out.length() > 0) {
            out.append('\n');
        }
        return new Extracted(out.toString(), blocks);
    }

    /** Jsoup's unique selector, or a plain tag path where odd ids or classes make it fail. */
    private static String cssPath(Element e) {
        try {
            return e.cssSelector();
        } catch (RuntimeException x) {
            StringBuilder b = new StringBuilder();
            for (Element p = e; p != null && !p.normalName().equals("#root"); p = p.parent()) {
                b.insert(0, b.length() == 0 ? p.normalName() : p.normalName() + " > ");
            }
            return b.toString();
        }
    }

    private static boolean skipped(TextNode t, Set<Element> pages) {
        for (Node p = t.parentNode(); p != null; p = p.parentNode()) {
            if (p instanceof Element e && SKIP.contains(e.normalName())) {
                return !e.normalName().equals("noscript") || !pages.contains(e);
            }
        }
        return false;
    }

    private static Element blockOf(Node n) {
        for (Node p = n.parentNode(); p != null; p = p.parentNode()) {
            if (p instanceof Element e && BLOCKS.contains(e.normalName())) {
                return e;
            }
        }
        return (Element) n.parentNode();
    }

    /** The text of the block's own text nodes and inline children, not of nested blocks. */
    private static String ownBlockText(Element block, Set<Element> pages) {
        StringBuilder b = new StringBuilder();
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof TextNode t && !skipped(t, pages) && blockOf(t) == block) {
                    b.append(t.getWholeText());
                } else if (node instanceof Element e && e.normalName().equals("br") && blockOf(e) == block) {
                    b.append(' ');
                }
            }

            @Override
            public void tail(Node node, int depth) {
            }
        }, block);
        return b.toString().replaceAll("[\\s\\u00A0]+", " ").strip();
    }

    private List<String> containers(Element e) {
        List<String> out = new ArrayList<>();
        boolean inContent = false;
        for (Element p = e; p != null; p = p.parent()) {
            inContent |= CONTENT_TAGS.contains(p.normalName());
            // a <header> inside an article is the article's own (its title)
            boolean pageLevel = !(inContent && p.normalName().equals("header"));
            if (CONTAINER_TAGS.contains(p.normalName()) && pageLevel) {
                out.add("<" + p.normalName() + ">");
            }
            if (p.normalName().equals("html") || p.normalName().equals("body")) {
                continue; // their classes are page types and taxonomy (single-post, tag-…), not layout
            }
            String id = p.id().toLowerCase(Locale.ROOT);
            String attrs = (p.className() + " " + id).toLowerCase(Locale.ROOT);
            // each distinct token once: a page can repeat one class 100,000 times
            for (String token : new LinkedHashSet<>(List.of(attrs.split("[\\s_\\-]+")))) {
                if (!token.isEmpty() && tokens.matcher(token).matches()) {
                    out.add((id.contains(token) ? "#" : ".") + token);
                }
            }
        }
        return List.copyOf(new LinkedHashSet<>(out));
    }

    private static double linkDensity(Element block, String text) {
        int linked = 0;
        for (Element a : block.select("a")) {
            if (blockOf(a) == block || block.normalName().equals("li")) {
                linked += a.text().length();
            }
        }
        return text.isEmpty() ? 0 : Math.min(1.0, linked / (double) text.length());
    }
}
