package org.noisegate.text;

import java.util.List;
import java.util.Objects;

/**
 * One text to audit: its decoded original text, the language and script it is written in,
 * and what the decoder noticed. Immutable; derived views are computed once on first use.
 */
public final class Document {
    private final String id;
    private final String text;
    private final String language;
    private final int script;
    private final List<Span> decodeErrors;
    private final List<Block> blocks;
    private final CorpusStats corpus;
    private volatile LineMap lineMap;
    private volatile List<Token> tokens;
    private final Memo derived = new Memo();

    public Document(String id, String text, String language, int script, List<Span> decodeErrors) {
        this(id, text, language, script, decodeErrors, List.of());
    }

    public Document(String id, String text, String language, int script, List<Span> decodeErrors, List<Block> blocks) {
        this(id, text, language, script, decodeErrors, blocks, null);
    }

    public Document(String id, String text, String language, int script, List<Span> decodeErrors, List<Block> blocks,
                    CorpusStats corpus) {
        this.id = Objects.requireNonNull(id, "id");
        this.text = Objects.requireNonNull(text, "text");
        this.language = Objects.requireNonNull(language, "language");
        this.script = script;
        this.decodeErrors = List.copyOf(decodeErrors);
        this.blocks = List.copyOf(blocks);
        this.corpus = corpus;
    }

    /** Line counts over the corpus this document belongs to, when a first pass made them; else null. */
    public CorpusStats corpus() {
        return corpus;
    }

    /** The HTML blocks the text was extracted from; empty for plain text. */
    public List<Block> blocks() {
        return blocks;
    }

    public String id() {
        return id;
    }

    public String text() {
        return text;
    }

    /** ISO 639 code, or "und" when it could not be told. */
    public String language() {
        return language;
    }

    /** The dominant script (ICU UScript code). */
    public int script() {
        return script;
    }

    /** Where the input had bytes that are not valid in its encoding (each now one U+FFFD). */
    public List<Span> decodeErrors() {
        return decodeErrors;
    }

    public LineMap lines() {
        LineMap m = lineMap;
        if (m == null) {
            m = new LineMap(text);
            lineMap = m;
        }
        return m;
    }

    public List<Token> tokens() {
        List<Token> t = tokens;
        if (t == null) {
            t = List.copyOf(Tokenizer.tokenize(text));
            tokens = t;
        }
        return t;
    }

    /**
     * A view of the document that several rules need (its lines, normalised words, phrase
     * matches), computed once by the first rule that asks and shared with the others. The key
     * names the view; the function must depend on the document alone.
     */
    public <T> T derived(Object key, java.util.function.Function<Document, T> compute) {
        return derived.get(key, () -> compute.apply(this));
    }

    /** The content of a 0-based line, without its line ending. */
    public String line(int lineIndex) {
        return text.substring(lines().lineStart(lineIndex), lines().lineEnd(lineIndex));
    }
}
