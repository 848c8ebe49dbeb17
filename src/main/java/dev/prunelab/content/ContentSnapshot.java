package dev.prunelab.content;

import dev.prunelab.content.markdown.MarkdownRenderer;
import java.io.IOException;
import java.io.InputStream;
import java.io.ObjectInputFilter;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.OutputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.zip.CRC32;

/**
 * The packaged curriculum, loaded, validated and rendered at build time and stored as a serialized
 * {@link ContentCatalog}, so that start-up reads it instead of parsing some 600 KB of Markdown and YAML in a cold JVM
 * (about a second of CPU on 2 cores).
 *
 * <p>The build writes it (Maven's process-classes phase runs {@link #main}); invalid content fails the build with
 * the same messages as at start-up. A snapshot records a checksum of the files it was made from: where the content
 * is a directory of classes (tests, an IDE that copies changed content without rewriting the snapshot) it is used
 * only for exactly those files, else they are loaded as usual.
 */
public final class ContentSnapshot {

    /** Where the snapshot sits on the classpath, beside the packaged {@code content/}. */
    static final String RESOURCE = "content.snapshot";

    /** Only the catalog's own types and the JDK's strings and collections are read back. */
    private static final ObjectInputFilter TYPES =
            ObjectInputFilter.Config.createFilter("dev.prunelab.content.**;java.lang.*;java.util.*;!*");

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
        ObjectOutputStream objects = new ObjectOutputStream(out);
        objects.writeLong(checksum(files));
        objects.writeObject(catalog);
        objects.flush();
    }

    /**
     * The catalog of the snapshot on the classpath; empty when there is none, when it was made from other files than
     * those packaged, or when it cannot be read (classes changed since it was written): then load the files.
     */
    static Optional<ContentCatalog> packaged() {
        URL snapshot = Thread.currentThread().getContextClassLoader().getResource(RESOURCE);
        if (snapshot == null) {
            return Optional.empty();
        }
        try (InputStream in = snapshot.openStream()) {
            // In a jar, the build that wrote the snapshot packaged the content beside it. In a directory of classes
            // (tests, an IDE) the content may have been copied there since: compare.
            return "jar".equals(snapshot.getProtocol()) ? Optional.of(read(in).catalog)
                    : read(in, ContentSource.fromClasspath());
        } catch (IOException | ClassNotFoundException | ClassCastException e) {
            return Optional.empty();
        }
    }

    /** The snapshot's catalog if it was made from exactly these files. */
    static Optional<ContentCatalog> read(InputStream in, List<ContentFile> files) throws IOException, ClassNotFoundException {
        Snapshot snapshot = read(in);
        return snapshot.checksum == checksum(files) ? Optional.of(snapshot.catalog) : Optional.empty();
    }

    private record Snapshot(long checksum, ContentCatalog catalog) {}

    private static Snapshot read(InputStream in) throws IOException, ClassNotFoundException {
        ObjectInputStream objects = new ObjectInputStream(in);
        objects.setObjectInputFilter(TYPES);
        return new Snapshot(objects.readLong(), (ContentCatalog) objects.readObject());
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
