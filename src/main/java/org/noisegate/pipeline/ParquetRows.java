package org.noisegate.pipeline;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.lang.reflect.Constructor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import org.apache.parquet.ParquetReadOptions;
import org.apache.parquet.bytes.ByteBufferAllocator;
import org.apache.parquet.bytes.HeapByteBufferAllocator;
import org.apache.parquet.column.page.PageReadStore;
import org.apache.parquet.compression.CompressionCodecFactory;
import org.apache.parquet.conf.ParquetConfiguration;
import org.apache.parquet.conf.PlainParquetConfiguration;
import org.apache.parquet.crypto.FileDecryptionProperties;
import org.apache.parquet.example.data.Group;
import org.apache.parquet.example.data.simple.convert.GroupRecordConverter;
import org.apache.parquet.filter2.compat.FilterCompat;
import org.apache.parquet.format.converter.ParquetMetadataConverter;
import org.apache.parquet.hadoop.ParquetFileReader;
import org.apache.parquet.hadoop.ParquetMetricsCallback;
import org.apache.parquet.io.ColumnIOFactory;
import org.apache.parquet.io.LocalInputFile;
import org.apache.parquet.io.api.Binary;
import org.apache.parquet.schema.GroupType;
import org.apache.parquet.schema.LogicalTypeAnnotation;
import org.apache.parquet.schema.MessageType;
import org.apache.parquet.schema.PrimitiveType;
import org.apache.parquet.schema.Type;
import org.noisegate.source.Inputs;

/**
 * Parquet files as records: each row is one document, its text the string column the text field
 * names (dotted paths reach into structs), its id the id column, and every column kept: as a JSON
 * object in {@link Record#raw()} (so JSONL output carries the row's fields) and as the row itself
 * (so Parquet output carries its columns). Read without Hadoop (see {@link ParquetCodecs}). A file
 * that is not Parquet, is truncated, or has no string column of the text field's name is one
 * error record; a row whose text is null is an error record of its own.
 */
public final class ParquetRows {
    private static final ObjectMapper JSON = new ObjectMapper();

    private ParquetRows() {
    }

    /** A Parquet file: named {@code .parquet}, or starting with the magic bytes {@code PAR1}. */
    public static boolean isParquet(Path p) {
        return Inputs.parquet(p);
    }

    /** The schema in the file's footer. */
    public static MessageType schema(Path p) throws IOException {
        try (ParquetFileReader r = open(p)) {
            return r.getFooter().getFileMetaData().getSchema();
        } catch (RuntimeException e) {
            throw new IOException(message(e), e);
        }
    }

    /** The schema of the first of the inputs that is a readable Parquet file, or null. */
    public static MessageType firstSchema(Iterable<String> inputs) {
        for (String i : inputs) {
            if (i.equals("-")) {
                continue;
            }
            Path p = Path.of(i);
            if (Files.isRegularFile(p) && isParquet(p)) {
                try {
                    return schema(p);
                } catch (IOException e) {
                    // reported as this file's error record when it is read
                }
            }
        }
        return null;
    }

    /** Every row of a Parquet file, in order, as parquet's example groups (for tools and tests). */
    public static void rows(Path p, Consumer<Group> each) throws IOException {
        try (ParquetFileReader r = open(p)) {
            MessageType schema = r.getFooter().getFileMetaData().getSchema();
            ColumnIOFactory io = new ColumnIOFactory();
            for (PageReadStore pages = r.readNextRowGroup(); pages != null; pages = r.readNextRowGroup()) {
                var rows = io.getColumnIO(schema).getRecordReader(pages, new GroupRecordConverter(schema));
                for (long k = 0, n = pages.getRowCount(); k < n; k++) {
                    each.accept(rows.read());
                }
            }
        }
    }

    /**
     * Reads the rows of a Parquet file in order.
     *
     * @param maxRecord the largest text in bytes; a longer one is an error record
     */
    static void read(String source, Path p, String textField, String idField, long maxRecord, Consumer<Record> out) {
        long row = 0;
        try (ParquetFileReader r = open(p)) {
            MessageType schema = r.getFooter().getFileMetaData().getSchema();
            String bad = textColumnProblem(schema, textField);
            if (bad != null) {
                out.accept(Record.error(source, 0, null, bad));
                return;
            }
            boolean hasId = idField != null && column(schema, idField) != null;
            ColumnIOFactory io = new ColumnIOFactory();
            for (PageReadStore pages = r.readNextRowGroup(); pages != null; pages = r.readNextRowGroup()) {
                var rows = io.getColumnIO(schema).getRecordReader(pages, new GroupRecordConverter(schema));
                for (long k = 0, n = pages.getRowCount(); k < n; k++) {
                    Group g = rows.read();
                    row++;
                    out.accept(record(source, row, g, textField, hasId ? idField : null, maxRecord));
                }
            }
        } catch (IOException | RuntimeException e) {
            out.accept(Record.error(source, 0, null, (row > 0 ? "after row " + row + ": " : "") + "cannot read as Parquet: "
                    + message(e)));
        } catch (OutOfMemoryError e) {
            out.accept(Record.error(source, 0, null, "not enough memory to read the Parquet file "
                    + "(a corrupt size in it, or a huge row group); raise -Xmx"));
        }
    }

    private static Record record(String source, long row, Group g, String textField, String idField, long maxRecord) {
        String raw = json(g);
        Object text = value(g, textField);
        if (!(text instanceof Binary b)) {
            return new Record(source, row, raw, null, null, null, "no text field '" + textField + "'", g);
        }
        if (b.length() > maxRecord) {
            return new Record(source, row, raw, null, null, null, String.format(Locale.ROOT,
                    "text of %d bytes is over the record size limit of %s (--max-record-size); split it or raise the limit",
                    b.length(), RecordReader.size(maxRecord)), g);
        }
        Object id = idField == null ? null : value(g, idField);
        String idText = id == null ? source + ":" + row : id instanceof Binary bin ? bin.toStringUsingUTF8() : id.toString();
        return new Record(source, row, raw, idText, b.toStringUsingUTF8(), null, null, g);
    }

    /** Why the schema has no usable text column, or null when it has one. */
    private static String textColumnProblem(MessageType schema, String textField) {
        Type t = column(schema, textField);
        if (t == null) {
            List<String> names = new ArrayList<>();
            for (Type f : schema.getFields()) {
                names.add(f.getName());
            }
            return "no text column '" + textField + "' in the Parquet schema (its columns: " + String.join(", ", names)
                    + "); name the text column with --text-field";
        }
        if (!t.isPrimitive() || t.isRepetition(Type.Repetition.REPEATED)
                || t.asPrimitiveType().getPrimitiveTypeName() != PrimitiveType.PrimitiveTypeName.BINARY) {
            return "the Parquet column '" + textField + "' is " + t.toString().strip()
                    + ", not a string; name the text column with --text-field";
        }
        return null;
    }

    /** The type at a dotted path through structs, or null. */
    private static Type column(GroupType schema, String dotted) {
        GroupType g = schema;
        Type t = null;
        for (String step : dotted.split("\\.")) {
            if (g == null || !g.containsField(step)) {
                return null;
            }
            t = g.getType(step);
            g = t.isPrimitive() || t.isRepetition(Type.Repetition.REPEATED) ? null : t.asGroupType();
        }
        return t;
    }

    /** The first value at a dotted path (a Binary for strings), or null when it is null in this row. */
    private static Object value(Group row, String dotted) {
        Group g = row;
        String[] steps = dotted.split("\\.");
        for (int i = 0; i < steps.length; i++) {
            GroupType type = g.getType();
            if (!type.containsField(steps[i])) {
                return null;
            }
            int f = type.getFieldIndex(steps[i]);
            if (g.getFieldRepetitionCount(f) == 0) {
                return null;
            }
            Type t = type.getType(f);
            if (i < steps.length - 1) {
                if (t.isPrimitive()) {
                    return null;
                }
                g = g.getGroup(f, 0);
            } else {
                return t.isPrimitive() ? primitive(g, f, 0, t.asPrimitiveType()) : null;
            }
        }
        return null;
    }

    private static Object primitive(Group g, int f, int i, PrimitiveType t) {
        return switch (t.getPrimitiveTypeName()) {
            case BINARY, FIXED_LEN_BYTE_ARRAY -> g.getBinary(f, i);
            case INT32 -> g.getInteger(f, i);
            case INT64 -> g.getLong(f, i);
            case BOOLEAN -> g.getBoolean(f, i);
            case FLOAT -> g.getFloat(f, i);
            case DOUBLE -> g.getDouble(f, i);
            case INT96 -> g.getInt96(f, i);
        };
    }

    /** A row as a JSON object: strings as strings, numbers as numbers, lists as arrays, structs and maps as objects. */
    static String json(Group row) {
        StringWriter w = new StringWriter();
        try (JsonGenerator g = JSON.getFactory().createGenerator(w)) {
            object(g, row);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return w.toString();
    }

    private static void object(JsonGenerator j, Group g) throws IOException {
        j.writeStartObject();
        GroupType type = g.getType();
        for (int f = 0; f < type.getFieldCount(); f++) {
            Type t = type.getType(f);
            int n = g.getFieldRepetitionCount(f);
            if (n == 0 && !t.isRepetition(Type.Repetition.REPEATED)) {
                continue; // null: absent, as Spark writes JSON
            }
            j.writeFieldName(t.getName());
            if (t.isRepetition(Type.Repetition.REPEATED)) {
                j.writeStartArray();
                for (int i = 0; i < n; i++) {
                    value(j, g, f, i, t);
                }
                j.writeEndArray();
            } else {
                value(j, g, f, 0, t);
            }
        }
        j.writeEndObject();
    }

    private static void value(JsonGenerator j, Group g, int f, int i, Type t) throws IOException {
        if (t.isPrimitive()) {
            PrimitiveType p = t.asPrimitiveType();
            Object v = primitive(g, f, i, p);
            if (v instanceof Binary b) {
                LogicalTypeAnnotation l = p.getLogicalTypeAnnotation();
                boolean text = l instanceof LogicalTypeAnnotation.StringLogicalTypeAnnotation
                        || l instanceof LogicalTypeAnnotation.EnumLogicalTypeAnnotation
                        || l instanceof LogicalTypeAnnotation.JsonLogicalTypeAnnotation;
                j.writeString(text ? b.toStringUsingUTF8() : Base64.getEncoder().encodeToString(b.getBytes()));
            } else if (v instanceof Integer k) {
                j.writeNumber(k);
            } else if (v instanceof Long k) {
                j.writeNumber(k);
            } else if (v instanceof Float k) {
                j.writeNumber(k);
            } else if (v instanceof Double k) {
                j.writeNumber(k);
            } else {
                j.writeBoolean((Boolean) v);
            }
            return;
        }
        Group sub = g.getGroup(f, i);
        LogicalTypeAnnotation l = t.getLogicalTypeAnnotation();
        GroupType gt = t.asGroupType();
        if (l instanceof LogicalTypeAnnotation.ListLogicalTypeAnnotation && gt.getFieldCount() == 1
                && gt.getType(0).isRepetition(Type.Repetition.REPEATED)) {
            // LIST: a repeated group "list" of one "element" (three levels), or a repeated element (two)
            Type rep = gt.getType(0);
            j.writeStartArray();
            for (int k = 0, n = sub.getFieldRepetitionCount(0); k < n; k++) {
                if (!rep.isPrimitive() && rep.asGroupType().getFieldCount() == 1) {
                    Group item = sub.getGroup(0, k);
                    if (item.getFieldRepetitionCount(0) == 0) {
                        j.writeNull();
                    } else {
                        value(j, item, 0, 0, rep.asGroupType().getType(0));
                    }
                } else {
                    value(j, sub, 0, k, rep);
                }
            }
            j.writeEndArray();
        } else if ((l instanceof LogicalTypeAnnotation.MapLogicalTypeAnnotation
                || l instanceof LogicalTypeAnnotation.MapKeyValueTypeAnnotation) && gt.getFieldCount() == 1
                && !gt.getType(0).isPrimitive() && gt.getType(0).asGroupType().getFieldCount() == 2) {
            // MAP: a repeated group "key_value" of key and value
            j.writeStartObject();
            for (int k = 0, n = sub.getFieldRepetitionCount(0); k < n; k++) {
                Group kv = sub.getGroup(0, k);
                GroupType kvt = kv.getType();
                StringWriter key = new StringWriter();
                try (JsonGenerator kg = JSON.getFactory().createGenerator(key)) {
                    value(kg, kv, 0, 0, kvt.getType(0));
                }
                String ks = key.toString();
                j.writeFieldName(ks.startsWith("\"") ? JSON.readValue(ks, String.class) : ks);
                if (kv.getFieldRepetitionCount(1) == 0) {
                    j.writeNull();
                } else {
                    value(j, kv, 1, 0, kvt.getType(1));
                }
            }
            j.writeEndObject();
        } else {
            object(j, sub);
        }
    }

    private static ParquetFileReader open(Path p) throws IOException {
        return ParquetFileReader.open(new LocalInputFile(p), options());
    }

    /**
     * Read options with this codec factory and no Hadoop: parquet's options builder asks Hadoop's
     * input format for a record filter whatever the configuration, so the options are made with
     * their own constructor (not public; pinned by the tests, which run without Hadoop).
     */
    private static ParquetReadOptions options() throws IOException {
        try {
            return Options.CONSTRUCTOR.newInstance(false, false, false, false, false, false, false, false, false, FilterCompat.NOOP,
                    ParquetMetadataConverter.NO_FILTER, ParquetCodecs.INSTANCE, new HeapByteBufferAllocator(), 8 << 20,
                    new HashMap<String, String>(), null, null, new PlainParquetConfiguration());
        } catch (ReflectiveOperationException e) {
            throw new IOException("cannot set up the Parquet reader: " + e, e);
        }
    }

    /** Looked up on first use. */
    private static final class Options {
        static final Constructor<ParquetReadOptions> CONSTRUCTOR = optionsConstructor();
    }

    private static Constructor<ParquetReadOptions> optionsConstructor() {
        try {
            Constructor<ParquetReadOptions> c = ParquetReadOptions.class.getDeclaredConstructor(boolean.class,
                    boolean.class, boolean.class, boolean.class, boolean.class, boolean.class, boolean.class,
                    boolean.class, boolean.class, FilterCompat.Filter.class, ParquetMetadataConverter.MetadataFilter.class,
                    CompressionCodecFactory.class, ByteBufferAllocator.class, int.class, Map.class,
                    FileDecryptionProperties.class, ParquetMetricsCallback.class, ParquetConfiguration.class);
            c.setAccessible(true);
            return c;
        } catch (ReflectiveOperationException | RuntimeException e) {
            throw new ExceptionInInitializerError("this parquet-hadoop has no ParquetReadOptions constructor noisegate "
                    + "knows: " + e);
        }
    }

    /** A failure of the Parquet library in words: its message, without the file: URI it adds. */
    static String message(Exception e) {
        Throwable t = e;
        while (t.getCause() != null && (t.getMessage() == null || t.getMessage().isBlank())) {
            t = t.getCause();
        }
        String m = t.getMessage();
        if (m == null || m.isBlank()) {
            return t instanceof java.io.EOFException ? "the file ends too early (truncated?)" : t.getClass().getSimpleName();
        }
        m = m.split("\n")[0];
        if (m.contains("is not a Parquet file")) {
            return "not a Parquet file, or a truncated one (no Parquet footer at its end)";
        }
        return m;
    }
}
