package org.noisegate.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The ignore globs follow .gitignore (the cases of the gitignore documentation), not the JDK's PathMatcher. */
class IgnorePatternsTest {
    private static boolean file(String glob, String path) {
        return IgnorePatterns.of(List.of(glob)).ignored(path, false);
    }

    private static boolean dir(String glob, String path) {
        return IgnorePatterns.of(List.of(glob)).ignored(path, true);
    }

    @Test
    void leadingDoubleStarMatchesTopLevelFilesToo() {
        assertTrue(file("**/*.min.txt", "a.min.txt"), "the JDK's glob misses this one");
        assertTrue(file("**/*.min.txt", "d/a.min.txt"));
        assertTrue(file("**/*.min.txt", "d/e/a.min.txt"));
        assertFalse(file("**/*.min.txt", "a.txt"));
        assertTrue(dir("**/foo", "foo"));
        assertTrue(file("**/foo/bar", "foo/bar"));
        assertTrue(file("**/foo/bar", "x/y/foo/bar"));
        assertFalse(file("**/foo/bar", "foo/x/bar"));
    }

    @Test
    void aPatternWithoutASlashMatchesAtAnyDepth() {
        assertTrue(file("*.min.txt", "a.min.txt"));
        assertTrue(file("*.min.txt", "x/y/a.min.txt"));
        assertTrue(dir("vendor", "vendor"));
        assertTrue(dir("vendor", "lib/vendor"));
        assertTrue(file("vendor", "lib/vendor"), "a name matches files as well as directories");
        assertFalse(file("vendor", "vendors"));
    }

    @Test
    void aSlashAtTheStartOrInTheMiddleAnchorsThePattern() {
        assertTrue(file("/notes.txt", "notes.txt"));
        assertFalse(file("/notes.txt", "d/notes.txt"));
        assertTrue(file("doc/frotz", "doc/frotz"));
        assertFalse(file("doc/frotz", "a/doc/frotz"));
        assertTrue(file("doc/*.txt", "doc/a.txt"));
        assertFalse(file("doc/*.txt", "doc/x/a.txt"), "* does not cross a slash");
        assertTrue(file("foo/*", "foo/test.json"));
        assertTrue(dir("foo/*", "foo/bar"));
        assertFalse(file("foo/*", "foo/bar/hello.c"));
    }

    @Test
    void aTrailingSlashMatchesDirectoriesOnly() {
        assertTrue(dir("build/", "build"));
        assertTrue(dir("build/", "a/build"));
        assertFalse(file("build/", "build"));
        assertTrue(dir("doc/frotz/", "doc/frotz"));
        assertFalse(dir("doc/frotz/", "a/doc/frotz"));
    }

    @Test
    void doubleStarsInsideAndAtTheEnd() {
        assertTrue(file("vendor/**", "vendor/x.txt"));
        assertTrue(file("vendor/**", "vendor/a/b/x.txt"));
        assertFalse(dir("vendor/**", "vendor"), "only what is inside");
        assertFalse(file("vendor/**", "lib/vendor/x.txt"));
        assertTrue(file("a/**/b", "a/b"));
        assertTrue(file("a/**/b", "a/x/b"));
        assertTrue(file("a/**/b", "a/x/y/b"));
        assertFalse(file("a/**/b", "a/x/c"));
        assertTrue(file("**", "anything/at/all.txt"));
        assertTrue(file("abc**", "abcdef"), "other runs of asterisks are one asterisk");
        assertFalse(file("abc**", "abc/def"));
    }

    @Test
    void wildcardsSetsAndEscapes() {
        assertTrue(file("?.txt", "a.txt"));
        assertFalse(file("?.txt", "ab.txt"));
        assertTrue(file("[ab].txt", "b.txt"));
        assertFalse(file("[ab].txt", "c.txt"));
        assertTrue(file("[a-c].txt", "c.txt"));
        assertTrue(file("[!a-c].txt", "d.txt"));
        assertFalse(file("[!a-c].txt", "a.txt"));
        assertFalse(file("a?b", "a/b"), "? does not match a slash");
        assertFalse(file("a[/]b", "a/b"), "nor does a set");
        assertTrue(file("\\#notes", "#notes"));
        assertTrue(file("\\!important", "!important"));
        assertTrue(file("a\\*b", "a*b"));
        assertFalse(file("a\\*b", "axb"));
        assertTrue(file("x.txt   ", "x.txt"), "trailing spaces are dropped");
        assertTrue(file("(1)+.txt", "(1)+.txt"), "regex characters are literal");
    }

    @Test
    void negationCommentsAndTheLastMatchWins() {
        IgnorePatterns p = IgnorePatterns.of(List.of("# generated files", "", "*.txt", "!keep.txt"));
        assertTrue(p.ignored("a.txt", false));
        assertFalse(p.ignored("keep.txt", false));
        assertFalse(p.ignored("d/keep.txt", false));
        assertFalse(p.ignored("# generated files", false));
        IgnorePatterns back = IgnorePatterns.of(List.of("!keep.txt", "*.txt"));
        assertTrue(back.ignored("keep.txt", false), "a later pattern overrides an earlier negation");
        assertEquals(IgnorePatterns.NONE, IgnorePatterns.of(List.of("#only a comment")));
    }

    @Test
    void platformSeparatorsAndDotPrefixes() {
        assertTrue(file("doc/*.txt", "doc\\a.txt"));
        assertTrue(file("/a.txt", "./a.txt"));
    }

    @Test
    void unreadablePatternsAreNamed() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> IgnorePatterns.of(List.of("/")));
        assertTrue(e.getMessage().contains("'/'"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> IgnorePatterns.of(List.of("abc\\")));
    }
}
