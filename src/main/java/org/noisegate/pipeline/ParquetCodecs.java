package org.noisegate.pipeline;

import io.airlift.compress.Compressor;
import io.airlift.compress.Decompressor;
import io.airlift.compress.lz4.Lz4Compressor;
import io.airlift.compress.lz4.Lz4Decompressor;
import io.airlift.compress.snappy.SnappyCompressor;
import io.airlift.compress.snappy.SnappyDecompressor;
import io.airlift.compress.zstd.ZstdCompressor;
import io.airlift.compress.zstd.ZstdDecompressor;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.apache.parquet.bytes.BytesInput;
import org.apache.parquet.compression.CompressionCodecFactory;
import org.apache.parquet.hadoop.metadata.CompressionCodecName;

/**
 * Parquet page compression in pure Java, without Hadoop's codec classes or native libraries:
 * Snappy, Zstandard and LZ4 (raw) by aircompressor, gzip by the JDK. These are the codecs Spark,
 * pandas/pyarrow and DuckDB write; LZO, Brotli and Hadoop-framed LZ4 are refused with a message.
 */
public final class ParquetCodecs implements CompressionCodecFactory {
    public static final ParquetCodecs INSTANCE = new ParquetCodecs();

    private ParquetCodecs() {
    }

    @Override
    public BytesInputCompressor getCompressor(CompressionCodecName codec) {
        return new BytesInputCompressor() {
            @Override
            public BytesInput compress(BytesInput bytes) throws IOException {
                byte[] in = bytes.toByteArray();
                if (codec == CompressionCodecName.UNCOMPRESSED) {
                    return BytesInput.from(in);
                }
                if (codec == CompressionCodecName.GZIP) {
                    ByteArrayOutputStream out = new ByteArrayOutputStream(in.length / 2 + 64);
                    try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
                        gz.write(in);
                    }
                    return BytesInput.from(out.toByteArray());
                }
                Compressor c = compressor(codec);
                byte[] out = new byte[c.maxCompressedLength(in.length)];
                int n = c.compress(in, 0, in.length, out, 0, out.length);
                return BytesInput.from(out, 0, n);
            }

            @Override
            public CompressionCodecName getCodecName() {
                return codec;
            }

            @Override
            public void release() {
            }
        };
    }

    @Override
    public BytesInputDecompressor getDecompressor(CompressionCodecName codec) {
        return new BytesInputDecompressor() {
            @Override
            public BytesInput decompress(BytesInput bytes, int size) throws IOException {
                return BytesInput.from(inflate(codec, bytes.toByteArray(), size));
            }

            @Override
            public void decompress(ByteBuffer input, int compressedSize, ByteBuffer output, int size) throws IOException {
                byte[] in = new byte[compressedSize];
                input.duplicate().get(in);
                output.put(inflate(codec, in, size));
            }

            @Override
            public void release() {
            }
        };
    }

    @Override
    public void release() {
    }

    private static byte[] inflate(CompressionCodecName codec, byte[] in, int size) throws IOException {
        if (size < 0) {
            throw new IOException("corrupt page header: negative page size");
        }
        if (codec == CompressionCodecName.UNCOMPRESSED) {
            return in;
        }
        if (codec == CompressionCodecName.GZIP) {
            try (GZIPInputStream gz = new GZIPInputStream(new ByteArrayInputStream(in))) {
                byte[] out = gz.readNBytes(size);
                if (out.length != size) {
                    throw new IOException("a gzip page holds " + out.length + " bytes, its header says " + size);
                }
                return out;
            }
        }
        Decompressor d = decompressor(codec);
        byte[] out = new byte[size];
        int n;
        try {
            n = d.decompress(in, 0, in.length, out, 0, size);
        } catch (RuntimeException e) {
            throw new IOException("corrupt " + codec.name().toLowerCase(java.util.Locale.ROOT) + " page: "
                    + e.getMessage(), e);
        }
        if (n != size) {
            throw new IOException("a page holds " + n + " bytes, its header says " + size);
        }
        return out;
    }

    private static Compressor compressor(CompressionCodecName codec) throws IOException {
        return switch (codec) {
            case SNAPPY -> new SnappyCompressor();
            case ZSTD -> new ZstdCompressor();
            case LZ4_RAW -> new Lz4Compressor();
            default -> throw unsupported(codec);
        };
    }

    private static Decompressor decompressor(CompressionCodecName codec) throws IOException {
        return switch (codec) {
            case SNAPPY -> new SnappyDecompressor();
            case ZSTD -> new ZstdDecompressor();
            case LZ4_RAW -> new Lz4Decompressor();
            default -> throw unsupported(codec);
        };
    }

    private static IOException unsupported(CompressionCodecName codec) {
        return new IOException("pages compressed with " + codec + ", which noisegate does not read "
                + "(it reads uncompressed, Snappy, gzip, Zstandard and LZ4_RAW pages); rewrite the file with one of those");
    }
}
