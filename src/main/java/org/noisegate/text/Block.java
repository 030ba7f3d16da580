package org.noisegate.text;

import java.util.List;

/**
 * A block of text extracted from HTML: where it stands in the extracted text, the CSS path of
 * the element it came from, and the DOM evidence about it.
 *
 * @param start       UTF-16 index of the block in the extracted text
 * @param end         end index (exclusive)
 * @param cssPath     a CSS selector for the source element
 * @param containers  boilerplate containers around it: tags (nav, aside, footer, header, form)
 *                    and class or id tokens (share, comment, breadcrumb …) of it or its ancestors
 * @param linkDensity the share of its characters inside links
 * @param main        whether it lies inside the element that holds the page's main text (found by
 *                    text and link density over the DOM); false on pages where none stands out
 */
public record Block(int start, int end, String cssPath, List<String> containers, double linkDensity, boolean main) {
}
