package org.noisegate.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import org.noisegate.NoiseGate;
import org.noisegate.config.IgnorePatterns;
import org.noisegate.pipeline.Documents;
import org.noisegate.report.FileResult;

/**
 * Turns command-line paths into results: files, directories walked depth-first in name order
 * (hidden entries skipped, and the ignored globs, with .gitignore semantics: {@link IgnorePatterns}),
 * and {@code -} for standard input. Whatever cannot be read becomes a FAILED result; nothing stops
 * the walk.
 */
final class Walker {
    private final NoiseGate gate;
    private final IgnorePatterns ignored;
    private final Path skip;
    private final Main.Io io;

    Walker(NoiseGate gate, List<String> ignoreGlobs, Path skip, Main.Io io) {
        this.gate = gate;
        this.skip = skip;
        this.ignored = IgnorePatterns.of(ignoreGlobs);
        this.io = io;
    }

    void audit(String arg, Consumer<FileResult> emit) {
        if (arg.equals("-")) {
            try {
                emit.accept(gate.audit("-", io.in().readAllBytes()));
            } catch (IOException e) {
                emit.accept(FileResult.failed("-", "cannot read standard input: " + e.getMessage()));
            }
            return;
        }
        Path root = Path.of(arg);
        if (!Files.exists(root)) {
            emit.accept(FileResult.failed(arg, "cannot read: no such file or directory"));
        } else if (Files.isDirectory(root)) {
            walk(root, root, emit);
        } else {
            file(arg, root, emit);
        }
    }

    private void walk(Path root, Path dir, Consumer<FileResult> emit) {
        List<Path> entries;
        try (var s = Files.list(dir)) {
            entries = s.sorted().toList();
        } catch (IOException | UncheckedIOException e) {
            emit.accept(FileResult.failed(dir.toString(), "cannot read: " + reason(e)));
            return;
        }
        for (Path p : entries) {
            if (hidden(p) || ignored.ignored(root.relativize(p).toString(), Files.isDirectory(p))
                    || skip != null && p.toAbsolutePath().normalize().equals(skip)) {
                continue;
            }
            if (Files.isDirectory(p)) {
                walk(root, p, emit);
            } else if (Files.isRegularFile(p)) {
                file(p.toString(), p, emit);
            } else if (!Files.exists(p)) {
                emit.accept(FileResult.failed(p.toString(), "cannot read: broken link"));
            }
        }
    }

    /** How corpora and compressed files are read (the defaults unless {@link #reading} says otherwise). */
    private Documents documents;

    /** Reads JSONL corpora and compressed files with these options. */
    Walker reading(Documents d) {
        this.documents = d;
        return this;
    }

    /** A file: a JSONL corpus or compressed file document by document ({@link Documents}), else one result. */
    private void file(String id, Path p, Consumer<FileResult> emit) {
        Documents d = documents != null ? documents : Documents.of(gate);
        if (d.handles(p)) {
            d.audit(id, p, emit);
        } else {
            emit.accept(file(id, p));
        }
    }

    /** A file: HTML pages (by name) through the HTML extractor, everything else as text. */
    private FileResult file(String id, Path p) {
        if (!org.noisegate.source.Inputs.kind(p.getFileName().toString()).equals("html")) {
            return gate.audit(id, p);
        }
        try {
            return gate.auditHtml(id, Files.readAllBytes(p));
        } catch (IOException e) {
            return FileResult.failed(id, "cannot read: " + reason(e));
        }
    }

    private static boolean hidden(Path p) {
        Path name = p.getFileName();
        return name != null && name.toString().startsWith(".");
    }

    static String reason(Exception x) {
        Throwable e = x instanceof UncheckedIOException u ? u.getCause() : x;
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof NoSuchFileException) {
            return "no such file or directory";
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}
