package org.noisegate.pipeline;

import io.airlift.compress.zstd.ZstdOutputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.zip.GZIPOutputStream;

/**
 * Where a command writes: a file, compressed as its name asks ({@code .gz} gzip, {@code .zst}
 * Zstandard), or standard output. A write that fails (a full disk, {@code /dev/full}, a closed
 * pipe) is never lost: it throws a {@link Failed} naming the output, and {@link #failure()} keeps
 * it for writers that swallow errors (PrintStream, PrintWriter). Standard output is a
 * PrintStream, which swallows errors itself, so its error flag is checked on every flush, at
 * the end and after every megabyte.
 */
public final class Output extends OutputStream {
    private static final long CHECK_EVERY = 1 << 20;
    private final String name;
    private final OutputStream out;
    private final PrintStream print;
    private long sinceCheck;
    private Failed failure;
    private boolean closed;

    /** A write that failed, with a message that names the output and says what to do. */
    public static final class Failed extends IOException {
        private static final long serialVersionUID = 1L;

        Failed(String name, IOException cause) {
            super(message(name, cause), cause);
        }

        /** The same failure again (a throwable cannot suppress itself in try-with-resources). */
        private Failed(Failed first) {
            super(first.getMessage(), first.getCause());
        }
    }

    private Output(String name, OutputStream out, PrintStream print) {
        this.name = name;
        this.out = out;
        this.print = print;
    }

    /** {@code -} for standard output, else a file (created or truncated), compressed by its name. */
    public static Output open(String target, PrintStream stdout) throws IOException {
        if (target.equals("-")) {
            return new Output("standard output", stdout, stdout);
        }
        Path p = Path.of(target);
        OutputStream file;
        try {
            file = Files.newOutputStream(p);
        } catch (IOException e) {
            throw new Failed(target, e);
        }
        return new Output(target, compress(target, new BufferedOutputStream(file, 1 << 16)), null);
    }

    /** Standard output under its name in messages. */
    public static Output stdout(PrintStream stdout) {
        return new Output("standard output", stdout, stdout);
    }

    private static OutputStream compress(String name, OutputStream file) throws IOException {
        String lower = name.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".gz")) {
            return new GZIPOutputStream(file, 1 << 16);
        }
        if (lower.endsWith(".zst")) {
            return new ZstdOutputStream(file);
        }
        return file;
    }

    public String name() {
        return name;
    }

    /** The first write failure, or null. */
    public Failed failure() {
        return failure;
    }

    @Override
    public void write(int b) throws IOException {
        write(new byte[] {(byte) b}, 0, 1);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
        fail();
        try {
            out.write(b, off, len);
        } catch (IOException e) {
            throw failed(e);
        }
        sinceCheck += len;
        if (print != null && sinceCheck >= CHECK_EVERY) {
            sinceCheck = 0;
            check();
        }
    }

    @Override
    public void flush() throws IOException {
        fail();
        try {
            out.flush();
        } catch (IOException e) {
            throw failed(e);
        }
        check();
    }

    /** Flushes; closes the file (never standard output). */
    @Override
    public void close() throws IOException {
        if (closed) {
            fail();
            return;
        }
        closed = true;
        fail();
        try {
            if (print == null) {
                out.close();
            } else {
                out.flush();
            }
        } catch (IOException e) {
            throw failed(e);
        }
        check();
    }

    private void check() throws Failed {
        if (print != null && print.checkError()) {
            throw failed(new IOException("the output stream reported an error (a full disk or a closed pipe)"));
        }
    }

    private void fail() throws Failed {
        if (failure != null) {
            throw new Failed(failure);
        }
    }

    private Failed failed(IOException e) {
        if (failure == null) {
            failure = e instanceof Failed f ? f : new Failed(name, e);
            return failure;
        }
        return new Failed(failure);
    }

    private static String message(String name, IOException cause) {
        Why w = why(cause);
        return "cannot write " + name + ": " + w.reason() + "; " + w.advice();
    }

    private record Why(String reason, String advice) {
    }

    /** Why a write failed, and what to do about it: one judgement of the exception for both. */
    private static Why why(IOException e) {
        if (e instanceof java.nio.file.NoSuchFileException) {
            return new Why("its folder does not exist", "create the folder or write elsewhere");
        }
        if (e instanceof java.nio.file.AccessDeniedException) {
            return new Why("permission denied", "write elsewhere");
        }
        if (e instanceof java.nio.file.FileSystemException f && "Is a directory".equals(f.getReason())) {
            return new Why("is a directory", "name a file, not a directory");
        }
        String reason;
        if (e instanceof java.nio.file.FileSystemException f && f.getReason() != null) {
            reason = f.getReason();
        } else {
            String m = e.getMessage();
            reason = m == null || m.isBlank() ? "write error" : m;
        }
        return new Why(reason, "free some space or write elsewhere");
    }
}
