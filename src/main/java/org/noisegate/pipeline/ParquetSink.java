package org.noisegate.pipeline;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.parquet.conf.PlainParquetConfiguration;
import org.apache.parquet.example.data.Group;
import org.apache.parquet.example.data.simple.NanoTime;
import org.apache.parquet.example.data.simple.SimpleGroup;
import org.apache.parquet.hadoop.ParquetFileWriter;
import org.apache.parquet.hadoop.ParquetWriter;
import org.apache.parquet.hadoop.example.ExampleParquetWriter;
import org.apache.parquet.hadoop.metadata.CompressionCodecName;
import org.apache.parquet.io.OutputFile;
import org.apache.parquet.io.PositionOutputStream;
import org.apache.parquet.schema.GroupType;
import org.apache.parquet.schema.LogicalTypeAnnotation;
import org.apache.parquet.schema.MessageType;
import org.apache.parquet.schema.PrimitiveType;
import org.apache.parquet.schema.PrimitiveType.PrimitiveTypeName;
import org.apache.parquet.schema.Type;
import org.apache.parquet.schema.Types;
import org.noisegate.rule.Category;
import org.noisegate.rule.RuleFailure;

/**
 * Gate output as Parquet (Snappy-compressed, written without Hadoop): each row is the input row's
 * columns (the schema of the inputs' first Parquet file, its top-level columns made optional) and
 * a {@code noisegate} struct with the fields of the JSON {@code noisegate} object. A record that is
 * not a row of that schema (a JSONL line, a text file, a row of a Parquet file of another schema,
 * an unreadable file) leaves the columns null and keeps its original in {@code noisegate.raw}.
 */
public final class ParquetSink implements AutoCloseable {
    /** The column gate adds. */
    public static final String COLUMN = "noisegate";
    private final MessageType input;
    private final MessageType schema;
    private final GroupType struct;
    private final ParquetWriter<Group> writer;

    /** @param input the schema of the input rows, or null when no input is Parquet */
    public ParquetSink(Output out, MessageType input) throws IOException {
        this.input = input;
        this.struct = noisegateType();
        List<Type> fields = new ArrayList<>();
        if (input != null) {
            for (Type t : input.getFields()) {
                if (!t.getName().equals(COLUMN)) { // gating gate output again: the new verdict replaces the old
                    fields.add(t.isRepetition(Type.Repetition.REQUIRED) ? optional(t) : t);
                }
            }
        }
        fields.add(struct);
        this.schema = new MessageType(input == null ? "noisegate_output" : input.getName(), fields);
        this.writer = ExampleParquetWriter.builder(new StreamFile(out)).withType(schema)
                .withConf(new PlainParquetConfiguration()).withCodecFactory(ParquetCodecs.INSTANCE)
                .withCompressionCodec(CompressionCodecName.SNAPPY).withWriteMode(ParquetFileWriter.Mode.OVERWRITE)
                .build();
    }

    public MessageType schema() {
        return schema;
    }

    /** Writes the record's row with the verdict. */
    public void write(Record rec, GateDecision.Verdict v) throws IOException {
        Group out = new SimpleGroup(schema);
        boolean copied = false;
        if (rec.row() != null && input != null && rec.row().getType().equals(input)) {
            Group row = rec.row();
            GroupType t = row.getType();
            for (int f = 0; f < t.getFieldCount(); f++) {
                if (!t.getType(f).getName().equals(COLUMN)) {
                    copyField(row, f, out, schema.getFieldIndex(t.getType(f).getName()));
                }
            }
            copied = true;
        }
        Group ng = out.addGroup(COLUMN);
        if (v.failed()) {
            ng.add("error", v.error());
            ng.add("source", v.source());
            if (v.line() > 0) {
                ng.add("line", v.line());
            }
        } else {
            ng.add("score", v.score());
            if (v.language() != null) {
                ng.add("language", v.language());
            }
            Group cats = ng.addGroup("categories");
            for (Map.Entry<Category, Double> e : v.categories().entrySet()) {
                cats.add(e.getKey().key(), e.getValue());
            }
            Group counts = ng.addGroup("findings");
            counts.add("error", v.findings()[0]);
            counts.add("warning", v.findings()[1]);
            counts.add("info", v.findings()[2]);
            list(ng.addGroup("rules"), v.rules());
            if (!v.failedRules().isEmpty()) {
                Group fr = ng.addGroup("failedRules");
                for (RuleFailure f : v.failedRules()) {
                    Group e = fr.addGroup("list").addGroup("element");
                    e.add("rule", f.ruleId());
                    e.add("reason", f.reason());
                }
            }
            if (!v.reasons().isEmpty()) {
                list(ng.addGroup("reasons"), v.reasons());
            }
        }
        if (!copied && rec.raw() != null) {
            ng.add("raw", rec.raw());
        }
        writer.write(out);
    }

    @Override
    public void close() throws IOException {
        writer.close();
    }

    private static void list(Group list, List<String> items) {
        for (String s : items) {
            list.addGroup("list").add("element", s);
        }
    }

    /** The type of the {@code noisegate} struct: the JSON object's fields, optional where the JSON may omit them. */
    static GroupType noisegateType() {
        var cats = Types.optionalGroup();
        for (Category c : Category.values()) {
            cats.optional(PrimitiveTypeName.DOUBLE).named(c.key());
        }
        return Types.optionalGroup()
                .optional(PrimitiveTypeName.DOUBLE).named("score")
                .optional(PrimitiveTypeName.BINARY).as(LogicalTypeAnnotation.stringType()).named("language")
                .addField(cats.named("categories"))
                .optionalGroup()
                    .required(PrimitiveTypeName.INT64).named("error")
                    .required(PrimitiveTypeName.INT64).named("warning")
                    .required(PrimitiveTypeName.INT64).named("info")
                    .named("findings")
                .addField(stringList("rules"))
                .optionalGroup().as(LogicalTypeAnnotation.listType())
                    .repeatedGroup()
                        .requiredGroup()
                            .required(PrimitiveTypeName.BINARY).as(LogicalTypeAnnotation.stringType()).named("rule")
                            .required(PrimitiveTypeName.BINARY).as(LogicalTypeAnnotation.stringType()).named("reason")
                            .named("element")
                        .named("list")
                    .named("failedRules")
                .addField(stringList("reasons"))
                .optional(PrimitiveTypeName.BINARY).as(LogicalTypeAnnotation.stringType()).named("error")
                .optional(PrimitiveTypeName.BINARY).as(LogicalTypeAnnotation.stringType()).named("source")
                .optional(PrimitiveTypeName.INT64).named("line")
                .optional(PrimitiveTypeName.BINARY).as(LogicalTypeAnnotation.stringType()).named("raw")
                .named(COLUMN);
    }

    private static GroupType stringList(String name) {
        return Types.optionalGroup().as(LogicalTypeAnnotation.listType())
                .repeatedGroup()
                    .required(PrimitiveTypeName.BINARY).as(LogicalTypeAnnotation.stringType()).named("element")
                    .named("list")
                .named(name);
    }

    /** The type, optional instead of required. */
    private static Type optional(Type t) {
        if (t.isPrimitive()) {
            PrimitiveType p = t.asPrimitiveType();
            var b = Types.optional(p.getPrimitiveTypeName()).length(p.getTypeLength())
                    .as(p.getLogicalTypeAnnotation());
            if (p.getId() != null) {
                b = b.id(p.getId().intValue());
            }
            return b.named(p.getName());
        }
        GroupType g = t.asGroupType();
        var b = Types.optionalGroup().as(g.getLogicalTypeAnnotation()).addFields(g.getFields().toArray(new Type[0]));
        if (g.getId() != null) {
            b = b.id(g.getId().intValue());
        }
        return b.named(g.getName());
    }

    private static void copyField(Group from, int f, Group to, int k) {
        Type t = from.getType().getType(f);
        for (int i = 0, n = from.getFieldRepetitionCount(f); i < n; i++) {
            if (!t.isPrimitive()) {
                copyGroup(from.getGroup(f, i), to.addGroup(k));
                continue;
            }
            switch (t.asPrimitiveType().getPrimitiveTypeName()) {
                case BINARY, FIXED_LEN_BYTE_ARRAY -> to.add(k, from.getBinary(f, i));
                case INT32 -> to.add(k, from.getInteger(f, i));
                case INT64 -> to.add(k, from.getLong(f, i));
                case BOOLEAN -> to.add(k, from.getBoolean(f, i));
                case FLOAT -> to.add(k, from.getFloat(f, i));
                case DOUBLE -> to.add(k, from.getDouble(f, i));
                case INT96 -> to.add(k, NanoTime.fromBinary(from.getInt96(f, i)));
            }
        }
    }

    private static void copyGroup(Group from, Group to) {
        for (int f = 0; f < from.getType().getFieldCount(); f++) {
            copyField(from, f, to, f);
        }
    }

    /** Parquet's output file over an {@link Output}, so that a failed write names the file as for JSONL. */
    private static final class StreamFile implements OutputFile {
        private final Output out;

        StreamFile(Output out) {
            this.out = out;
        }

        @Override
        public PositionOutputStream create(long blockSizeHint) {
            return new PositionOutputStream() {
                private long pos;

                @Override
                public long getPos() {
                    return pos;
                }

                @Override
                public void write(int b) throws IOException {
                    out.write(b);
                    pos++;
                }

                @Override
                public void write(byte[] b, int off, int len) throws IOException {
                    out.write(b, off, len);
                    pos += len;
                }

                @Override
                public void flush() throws IOException {
                    out.flush();
                }

                @Override
                public void close() throws IOException {
                    out.close();
                }
            };
        }

        @Override
        public PositionOutputStream createOrOverwrite(long blockSizeHint) {
            return create(blockSizeHint);
        }

        @Override
        public boolean supportsBlockSize() {
            return false;
        }

        @Override
        public long defaultBlockSize() {
            return 0;
        }

        @Override
        public String getPath() {
            return out.name();
        }
    }
}
