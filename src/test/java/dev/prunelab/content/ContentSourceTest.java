package dev.prunelab.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ContentSourceTest {

    @TempDir
    Path temp;

    @Test
    void readsMarkdownAndYamlFromADirectoryButNotDatasetsOrReadmes() throws IOException {
        Files.createDirectories(temp.resolve("lessons"));
        Files.createDirectories(temp.resolve("datasets"));
        Files.writeString(temp.resolve("lessons/01-a.md"), "A");
        Files.writeString(temp.resolve("lab-presets.yaml"), "presets: []");
        Files.writeString(temp.resolve("README.md"), "about");
        Files.writeString(temp.resolve("datasets/README.md"), "provenance");
        Files.writeString(temp.resolve("datasets/meta.yaml"), "x: 1");
        List<ContentFile> files = ContentSource.fromDirectory(temp);
        assertThat(files)
                .extracting(ContentFile::path)
                .containsExactly("content/lab-presets.yaml", "content/lessons/01-a.md");
    }

    @Test
    void readsThePackagedCopyFromInsideAJar() throws IOException {
        Path jar = temp.resolve("app.jar");
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar))) {
            put(out, "content/lab-presets.yaml", "presets: []");
            put(out, "content/lessons/01-a.md", "Lesson A");
        }
        ClassLoader previous = Thread.currentThread().getContextClassLoader();
        try (URLClassLoader loader = new URLClassLoader(new URL[] {jar.toUri().toURL()}, null)) {
            Thread.currentThread().setContextClassLoader(loader);
            List<ContentFile> files = ContentSource.fromClasspath();
            assertThat(files)
                    .extracting(ContentFile::path)
                    .containsExactly("content/lab-presets.yaml", "content/lessons/01-a.md");
            assertThat(files.get(1).text()).isEqualTo("Lesson A");
        } finally {
            Thread.currentThread().setContextClassLoader(previous);
        }
    }

    private static void put(JarOutputStream out, String name, String text) throws IOException {
        out.putNextEntry(new JarEntry(name));
        OutputStream stream = out;
        stream.write(text.getBytes(StandardCharsets.UTF_8));
        out.closeEntry();
    }
}
