package org.noisegate.rule;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The rule data: the built-in {@code rules/} folder (on the classpath) followed by any folders
 * the user adds with {@code --rules DIR}. Files of the same name in several roots all count, so
 * users extend lists without copying them.
 *
 * <p>Every data file is UTF-8 text; lines starting with {@code #} are comments, blank lines are
 * ignored, and a line {@code [name]} starts a section.
 */
public final class RuleData {
    private final List<Path> roots;
    private final org.noisegate.text.Memo shared = new org.noisegate.text.Memo();

    private RuleData(List<Path> roots) {
        this.roots = List.copyOf(roots);
    }

    /**
     * What several parts build from the same data (the language profiles, the calibration), built
     * once by the first that asks. The function must depend on the data alone.
     */
    public <T> T shared(Object key, java.util.function.Function<RuleData, T> build) {
        return shared.get(key, () -> build.apply(this));
    }

    /** The file of this name at the top of every root that has one, roots in order. */
    public List<Path> rootFiles(String name) {
        List<Path> out = new ArrayList<>();
        for (Path root : roots) {
            Path f = root.resolve(name);
            if (Files.isRegularFile(f)) {
                out.add(f);
            }
        }
        return out;
    }

    /** The built-in data plus the user's folders, in that order. */
    public static RuleData load(List<Path> userRoots) {
        List<Path> roots = new ArrayList<>();
        roots.add(builtInRoot());
        for (Path p : userRoots) {
            if (!Files.isDirectory(p)) {
                throw new RuleDataException("rules folder not found: " + p);
            }
            roots.add(p);
        }
        return new RuleData(roots);
    }

    public static RuleData builtIn() {
        return load(List.of());
    }

    private static Path builtInRoot() {
        URL url = RuleData.class.getResource("/rules/README.md");
        if (url == null) {
            throw new RuleDataException("built-in rules/ data is missing from the classpath");
        }
        try {
            URI uri = url.toURI();
            if ("jar".equals(uri.getScheme())) {
                FileSystem fs;
                try {
                    fs = FileSystems.newFileSystem(uri, Map.of());
                } catch (FileSystemAlreadyExistsException e) {
                    fs = FileSystems.getFileSystem(uri);
                }
                return fs.getPath("/rules");
            }
            return Path.of(uri).getParent();
        } catch (URISyntaxException | IOException e) {
            throw new RuleDataException("cannot open built-in rules/ data: " + e.getMessage());
        }
    }

    public List<Path> roots() {
        return roots;
    }

    /**
     * Regular files below {@code dir} in every root whose file name matches the glob, walked
     * recursively, roots in order and files sorted by path within a root.
     */
    public List<Path> files(String dir, String glob) {
        List<Path> out = new ArrayList<>();
        for (Path root : roots) {
            Path d = root.resolve(dir);
            if (!Files.isDirectory(d)) {
                continue;
            }
            PathMatcher m = d.getFileSystem().getPathMatcher("glob:" + glob);
            try (Stream<Path> s = Files.walk(d)) {
                s.filter(Files::isRegularFile)
                        .filter(p -> m.matches(p.getFileName()))
                        .sorted(Comparator.comparing(Path::toString))
                        .forEach(out::add);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return out;
    }

    /** The data lines of one file. */
    public static List<DataLine> read(Path file) {
        List<String> raw;
        try {
            raw = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new RuleDataException("cannot read rule data " + file + ": " + e.getMessage());
        }
        List<DataLine> out = new ArrayList<>();
        String section = "";
        for (int i = 0; i < raw.size(); i++) {
            String line = raw.get(i);
            if (i == 0 && line.startsWith("\uFEFF")) {
                line = line.substring(1);
            }
            line = line.stripTrailing();
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            if (line.startsWith("[") && line.endsWith("]")) {
                section = line.substring(1, line.length() - 1).strip();
                continue;
            }
            out.add(new DataLine(file, i + 1, section, line));
        }
        return out;
    }

    /** The data lines of every matching file below {@code dir}, in {@link #files} order. */
    public List<DataLine> readAll(String dir, String glob) {
        List<DataLine> out = new ArrayList<>();
        for (Path f : files(dir, glob)) {
            out.addAll(read(f));
        }
        return out;
    }

    /** A non-comment line of a data file, with where it came from for error messages. */
    public record DataLine(Path file, int lineNumber, String section, String text) {
        public String where() {
            return file + ":" + lineNumber;
        }

        public String baseName() {
            String n = file.getFileName().toString();
            int dot = n.lastIndexOf('.');
            return dot < 0 ? n : n.substring(0, dot);
        }

        /** The tab-separated fields, checking their count. */
        public String[] fields(int min) {
            String[] f = text.split("\t", -1);
            if (f.length < min) {
                throw new RuleDataException(where() + ": expected " + min + " tab-separated fields, found "
                        + f.length);
            }
            return f;
        }
    }
}
