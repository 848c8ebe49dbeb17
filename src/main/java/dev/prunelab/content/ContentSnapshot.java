package dev.prunelab.content;

import dev.prunelab.content.markdown.MarkdownRenderer;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.zip.CRC32;

/**
 * The packaged curriculum, loaded, validated and rendered at build time and stored in a compact binary form
 * ({@link ContentCodec}), so that start-up reads it instead of parsing all the Markdown and YAML in a cold JVM, which
 * costs more CPU than anything else start-up does.
 *
 * <p>The build writes it (Maven's process-classes phase runs {@link #main}); invalid content fails the build with
 * the same messages as at start-up. A snapshot starts with a magic number and the codec's version, then a checksum
 * of the files it was made from: where the content is a directory of classes (tests, an IDE that copies changed
 * content without rewriting the snapshot) it is used only for exactly those files. When it was made from other files,
 * is of another format (an older build's) or cannot be read, the files are loaded as usual.
 */
public final class ContentSnapshot {

    /** Where the snapshot sits on the classpath, beside the packaged {@code content/}. */
    static final String RESOURCE = "content.snapshot";

    /** The first four bytes of a snapshot: "PLcs", PruneLab content snapshot. */
    static final int MAGIC = 0x504C_6373;

    private ContentSnapshot() {}

    /**
     * Build step: loads and validates {@code args[0]} (the content directory) and writes the snapshot to
     * {@code args[1]}.
     */
    public static void main(String[] args) throws IOException {
        List<ContentFile> files = ContentSource.fromDirectory(Path.of(args[0]));
        ContentCatalog catalog = new ContentLoader(new MarkdownRenderer()).load(files);
        Path target = Path.of(args[1]);
        Files.createDirectories(target.toAbsolutePath().getParent());
        try (OutputStream out = Files.newOutputStream(target)) {
            write(out, files, catalog);
        }
    }

    static void write(OutputStream out, List<ContentFile> files, ContentCatalog catalog) throws IOException {
        DataOutputStream data = new DataOutputStream(new BufferedOutputStream(out));
        data.writeInt(MAGIC);
        data.writeInt(ContentCodec.VERSION);
        data.writeLong(checksum(files));
        ContentCodec.write(data, catalog);
        data.flush();
    }

    /**
     * The catalog of the snapshot on the classpath; empty when there is none, when it was made from other files than
     * those packaged, or when it cannot be read (another format, a damaged file): then load the files.
     */
    static Optional<ContentCatalog> packaged() {
        URL snapshot = Thread.currentThread().getContextClassLoader().getResource(RESOURCE);
        if (snapshot == null) {
            return Optional.empty();
        }
        try (InputStream in = snapshot.openStream()) {
            // In a jar, the build that wrote the snapshot packaged the content beside it. In a directory of classes
            // (tests, an IDE) the content may have been copied there since: compare.
            return "jar".equals(snapshot.getProtocol())
                    ? read(in, OptionalLong.empty())
                    : read(in, ContentSource.fromClasspath());
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** The snapshot's catalog if it was made from exactly these files; empty if not, or if it cannot be read. */
    static Optional<ContentCatalog> read(InputStream in, List<ContentFile> files) {
        return read(in, OptionalLong.of(checksum(files)));
    }

    /** The catalog, if the snapshot is of this format and made from files of that checksum (if given). */
    private static Optional<ContentCatalog> read(InputStream in, OptionalLong checksum) {
        try {
            DataInputStream data = new DataInputStream(new BufferedInputStream(in, 1 << 16));
            if (data.readInt() != MAGIC || data.readInt() != ContentCodec.VERSION) {
                return Optional.empty();
            }
            long madeFrom = data.readLong();
            if (checksum.isPresent() && checksum.getAsLong() != madeFrom) {
                return Optional.empty();
            }
            return Optional.of(ContentCodec.read(data));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** CRC-32 over every file's path and text, in order. */
    private static long checksum(List<ContentFile> files) {
        CRC32 crc = new CRC32();
        for (ContentFile file : files) {
            crc.update(file.path().getBytes(StandardCharsets.UTF_8));
            crc.update(0);
            crc.update(file.text().getBytes(StandardCharsets.UTF_8));
            crc.update(0);
        }
        return crc.getValue();
    }
}
