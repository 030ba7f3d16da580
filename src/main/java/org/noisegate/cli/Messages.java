package org.noisegate.cli;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.apache.commons.text.similarity.LevenshteinDistance;
import org.noisegate.config.LanguageCodes;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * What the command line says when something goes wrong: in words, naming the option or file and
 * what to do, never a Java or Jackson exception. Usage errors end with where to find help.
 */
final class Messages {
    private Messages() {
    }

    /** A value of the wrong kind: {@code expected} says what was expected and what was given. */
    static final class Expected extends CommandLine.TypeConversionException {
        Expected(String expected) {
            super(expected);
        }
    }

    /** The message of a usage error, without the "noisegate: " prefix. */
    static String usage(CommandLine.ParameterException ex) {
        CommandLine cl = ex.getCommandLine();
        CommandSpec spec = cl.getCommandSpec();
        if (ex.getCause() instanceof Expected e) {
            return name(ex.getArgSpec()) + " takes " + e.getMessage() + description(ex.getArgSpec());
        }
        if (ex.getCause() instanceof CommandLine.TypeConversionException && ex.getArgSpec() != null) {
            return name(ex.getArgSpec()) + " takes " + kind(ex.getArgSpec()) + ", not '" + ex.getValue() + "'"
                    + description(ex.getArgSpec());
        }
        if (ex instanceof CommandLine.UnmatchedArgumentException u && !u.getUnmatched().isEmpty()) {
            String arg = u.getUnmatched().get(0);
            if (arg.startsWith("-") && arg.length() > 1) {
                String option = arg.contains("=") ? arg.substring(0, arg.indexOf('=')) : arg;
                List<String> names = new ArrayList<>();
                spec.options().forEach(o -> names.addAll(List.of(o.names())));
                Optional<String> near = closest(option, names);
                return "unknown option '" + option + "' for '" + spec.qualifiedName() + "'"
                        + near.map(s -> "; did you mean '" + s + "'?").orElseGet(() -> elsewhere(spec, option));
            }
            if (spec.parent() == null && !spec.subcommands().isEmpty()) {
                return "unknown command '" + arg + "'" + closest(arg, spec.subcommands().keySet())
                        .map(s -> "; did you mean '" + s + "'?").orElse("") + " (commands: "
                        + String.join(", ", spec.subcommands().keySet()) + ")";
            }
            return "unexpected argument" + (u.getUnmatched().size() == 1 ? " '" : "s '")
                    + String.join("', '", u.getUnmatched()) + "' for '" + spec.qualifiedName() + "'";
        }
        if (ex instanceof CommandLine.MissingParameterException missing && !missing.getMissing().isEmpty()) {
            StringBuilder b = new StringBuilder("'" + spec.qualifiedName() + "' needs ");
            for (int i = 0; i < missing.getMissing().size(); i++) {
                ArgSpec a = missing.getMissing().get(i);
                b.append(i == 0 ? "" : "; and ").append(a instanceof OptionSpec o ? o.longestName() + " "
                        + a.paramLabel() : a.paramLabel()).append(description(a).replaceFirst("^ \\([^:]*: ", " ("));
            }
            return b.toString();
        }
        String m = ex.getMessage();
        return m == null || m.isEmpty() ? "bad command line" : Character.toLowerCase(m.charAt(0)) + m.substring(1);
    }

    /** "; '--min-score' is an option of 'noisegate gate'" when another command has the option. */
    private static String elsewhere(CommandSpec spec, String option) {
        CommandSpec root = spec;
        while (root.parent() != null) {
            root = root.parent();
        }
        List<String> owners = new ArrayList<>();
        for (CommandLine sub : root.subcommands().values()) {
            if (sub.getCommandSpec() != spec && sub.getCommandSpec().findOption(option) != null) {
                owners.add("'" + sub.getCommandSpec().qualifiedName() + "'");
            }
        }
        return owners.isEmpty() ? "" : "; " + option + " is an option of " + String.join(" and ", owners);
    }

    private static String name(ArgSpec a) {
        if (a instanceof OptionSpec o) {
            return o.longestName();
        }
        return a == null ? "the argument" : a.paramLabel();
    }

    private static String description(ArgSpec a) {
        if (a == null || a.description().length == 0 || a.description()[0].isBlank()) {
            return "";
        }
        String d = a.description()[0].replace("${DEFAULT-VALUE}", String.valueOf(a.defaultValue()))
                .replace("%%", "%").replaceAll("\\s*\\$\\{[A-Z-]+}", "");
        return " (" + a.paramLabel() + ": " + Character.toLowerCase(d.charAt(0)) + d.substring(1).replaceAll("\\.$", "")
                + ")";
    }

    private static String kind(ArgSpec a) {
        Class<?> t = a.type();
        if (t == double.class || t == Double.class || t == float.class || t == Float.class) {
            return "a number";
        }
        if (t == int.class || t == Integer.class || t == long.class || t == Long.class) {
            return "a whole number";
        }
        if (t.isEnum()) {
            List<String> names = new ArrayList<>();
            for (Object c : t.getEnumConstants()) {
                names.add(c.toString().toLowerCase(Locale.ROOT));
            }
            return "one of " + String.join(", ", names);
        }
        if (t == Path.class || t == java.io.File.class) {
            return "a file name";
        }
        return "a " + a.paramLabel();
    }

    /** The candidate closest to a mistyped word, when one is close enough to be meant. */
    static Optional<String> closest(String typed, Collection<String> candidates) {
        String t = typed.toLowerCase(Locale.ROOT);
        LevenshteinDistance d = new LevenshteinDistance(3);
        String best = null;
        int bestD = Integer.MAX_VALUE;
        for (String c : candidates) {
            String bare = c.replaceFirst("^-+", "");
            int limit = bare.length() <= 4 ? 1 : bare.length() <= 8 ? 2 : 3;
            int k = d.apply(t, c.toLowerCase(Locale.ROOT));
            if (k >= 0 && k <= limit && k < bestD) {
                best = c;
                bestD = k;
            }
        }
        if (best == null && t.replaceFirst("^-+", "").length() >= 3) {
            List<String> prefixed = candidates.stream().filter(c -> c.toLowerCase(Locale.ROOT).startsWith(t)).toList();
            if (prefixed.size() == 1) {
                best = prefixed.get(0);
            }
        }
        return Optional.ofNullable(best);
    }

    /** What went wrong while a command ran, in words. */
    static String failure(Throwable x) {
        Throwable e = x;
        while ((e instanceof UncheckedIOException || e instanceof CommandLine.ExecutionException)
                && e.getCause() != null) {
            e = e.getCause();
        }
        if (e instanceof NoSuchFileException f) {
            Path p = path(f.getFile());
            Path parent = p == null ? null : p.toAbsolutePath().getParent();
            if (parent != null && !Files.isDirectory(parent)) {
                return f.getFile() + ": the directory " + parent + " does not exist; create it or choose another path";
            }
            return f.getFile() + ": no such file or directory; check the path";
        }
        if (e instanceof AccessDeniedException f) {
            return f.getFile() + ": permission denied; check its permissions or choose another path";
        }
        if (e instanceof FileSystemException f) {
            String reason = f.getReason() == null ? "cannot be used" : f.getReason().toLowerCase(Locale.ROOT);
            String what = reason.contains("is a directory") ? "; give a file" : reason.contains("no space")
                    ? "; free some space or write elsewhere" : "";
            return (f.getFile() == null ? "" : f.getFile() + ": ") + reason + what;
        }
        if (e instanceof FileNotFoundException f && f.getMessage() != null) {
            return f.getMessage();
        }
        if (e instanceof OutOfMemoryError) {
            return "out of memory; give Java more (java -Xmx4g -jar noisegate.jar …) or split the input";
        }
        if (e instanceof CommandLine.ParameterException p) {
            return usage(p);
        }
        String m = e.getMessage();
        if (m == null || m.isBlank() || e instanceof NullPointerException || e instanceof ClassCastException
                || e instanceof IndexOutOfBoundsException) {
            return "internal error (a bug in noisegate); please report it with the command line and the input "
                    + "that caused it (run with NOISEGATE_DEBUG=1 for details)";
        }
        if (e instanceof IOException && m.startsWith("java.")) {
            return m.replaceFirst("^java\\.[\\w.]+: ", "");
        }
        return m;
    }

    private static Path path(String file) {
        try {
            return file == null ? null : Path.of(file);
        } catch (InvalidPathException e) {
            return null;
        }
    }

    // converters: numbers and language codes in words

    static Double toDouble(String v) {
        try {
            double d = Double.parseDouble(v.strip());
            if (Double.isNaN(d) || Double.isInfinite(d)) {
                throw new NumberFormatException();
            }
            return d;
        } catch (NumberFormatException e) {
            throw new Expected("a number, not '" + v + "'");
        }
    }

    static Integer toInt(String v) {
        try {
            return Integer.parseInt(v.strip());
        } catch (NumberFormatException e) {
            throw new Expected("a whole number, not '" + v + "'");
        }
    }

    static Long toLong(String v) {
        try {
            return Long.parseLong(v.strip());
        } catch (NumberFormatException e) {
            throw new Expected("a whole number, not '" + v + "'");
        }
    }

    /** Converts the registered number types of every command to these converters. */
    static void register(CommandLine cl) {
        cl.registerConverter(Double.class, Messages::toDouble);
        cl.registerConverter(double.class, Messages::toDouble);
        cl.registerConverter(Integer.class, Messages::toInt);
        cl.registerConverter(int.class, Messages::toInt);
        cl.registerConverter(Long.class, Messages::toLong);
        cl.registerConverter(long.class, Messages::toLong);
    }

    /** {@code --lang}: an ISO 639 code CLDR knows. */
    static final class Language implements CommandLine.ITypeConverter<String> {
        @Override
        public String convert(String value) {
            try {
                return LanguageCodes.check(value);
            } catch (IllegalArgumentException e) {
                throw new Expected(e.getMessage());
            }
        }
    }
}
