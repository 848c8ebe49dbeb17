package dev.prunelab.content;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemNotFoundException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Reads the curriculum's text files ({@code .md}, {@code .yaml}) from a directory or from the copy packaged on
 * the classpath under {@code content/}. Data sets and other files are not read here.
 */
public final class ContentSource {

    /** A file every content tree has; used to find the packaged tree on the classpath. */
    private static final String MARKER = "content/lab-presets.yaml";

    private ContentSource() {}

    /** Reads every content file below {@code root}. */
    public static List<ContentFile> fromDirectory(Path root) {
        if (!Files.isDirectory(root)) {
            throw new ContentException(List.of(root + ": content directory does not exist"));
        }
        try (Stream<Path> paths = Files.walk(root)) {
            return paths.filter(ContentSource::isContentFile)
                    .sorted()
                    .map(path -> read(root, path))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read content from " + root, e);
        }
    }

    /** Reads the content packaged with the application (works from a directory or from inside a jar). */
    public static List<ContentFile> fromClasspath() {
        URL marker = Thread.currentThread().getContextClassLoader().getResource(MARKER);
        if (marker == null) {
            throw new ContentException(List.of(MARKER + ": not found on the classpath; was content/ packaged?"));
        }
        try {
            URI uri = marker.toURI();
            if ("jar".equals(uri.getScheme())) {
                return fromJar(uri);
            }
            return fromDirectory(Path.of(uri).getParent());
        } catch (URISyntaxException | IOException e) {
            throw new UncheckedIOException("Cannot read packaged content at " + marker, new IOException(e));
        }
    }

    private static List<ContentFile> fromJar(URI uri) throws IOException {
        FileSystem jar;
        boolean opened = false;
        try {
            jar = FileSystems.getFileSystem(uri);
        } catch (FileSystemNotFoundException notOpenYet) {
            jar = FileSystems.newFileSystem(uri, Map.of());
            opened = true;
        }
        try {
            return fromDirectory(jar.provider().getPath(uri).getParent());
        } finally {
            if (opened) {
                jar.close();
            }
        }
    }

    private static boolean isContentFile(Path path) {
        String name = path.getFileName().toString();
        return Files.isRegularFile(path)
                && (name.endsWith(".md") || name.endsWith(".yaml"))
                && !name.equals("README.md")
                && !path.toString().contains("datasets");
    }

    private static ContentFile read(Path root, Path file) {
        try {
            String relative = root.relativize(file).toString().replace('\\', '/');
            return new ContentFile("content/" + relative, Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read content file " + file, e);
        }
    }
}
