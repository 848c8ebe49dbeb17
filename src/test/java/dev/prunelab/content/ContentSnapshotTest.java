package dev.prunelab.content;

import static org.assertj.core.api.Assertions.assertThat;

import dev.prunelab.content.markdown.MarkdownRenderer;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectOutputStream;
import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The build-time snapshot of the curriculum reads back as the catalog it was made from, only for its files, and
 * anything else (another format, a damaged file) reads as no snapshot: then the files are loaded.
 */
class ContentSnapshotTest {

    /** Where the header's fields sit: magic number, codec version, checksum of the files, then the catalog. */
    private static final int VERSION_OFFSET = 4;

    private static final int CATALOG_OFFSET = 16;

    static List<ContentFile> files;
    static ContentCatalog catalog;

    @BeforeAll
    static void load() {
        files = ContentSource.fromDirectory(Path.of("content"));
        // the curriculum renderer, as the build renders the snapshot: with the figures the build drew
        catalog = new ContentLoader(MarkdownRenderer.shared()).load(files);
    }

    @Test
    void readsBackTheCatalogItWasMadeFrom() throws Exception {
        Optional<ContentCatalog> read = ContentSnapshot.read(new ByteArrayInputStream(snapshot(catalog)), files);

        assertThat(read).hasValueSatisfying(ContentSnapshotTest::assertSameAsLoaded);
    }

    @Test
    void isNotUsedForFilesThatChangedSinceItWasMade() throws Exception {
        List<ContentFile> edited = new ArrayList<>(files);
        ContentFile lesson = edited.stream()
                .filter(f -> f.path().startsWith("content/lessons/"))
                .findFirst()
                .orElseThrow();
        edited.set(edited.indexOf(lesson), new ContentFile(lesson.path(), lesson.text() + "\nOne more sentence.\n"));

        assertThat(ContentSnapshot.read(new ByteArrayInputStream(snapshot(catalog)), edited))
                .isEmpty();
    }

    @Test
    void theBuildPackagesASnapshotOfContent() {
        assertThat(ContentSnapshot.packaged()).hasValueSatisfying(ContentSnapshotTest::assertSameAsLoaded);
    }

    @Test
    void aSnapshotOfJavaSerializationAsOlderBuildsWroteIsRefused() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ObjectOutputStream objects = new ObjectOutputStream(out)) {
            objects.writeLong(0);
            objects.writeObject(List.of("a catalog"));
        }

        assertThat(ContentSnapshot.read(new ByteArrayInputStream(out.toByteArray()), files))
                .isEmpty();
    }

    @Test
    void aSnapshotOfAnotherVersionIsRefused() throws Exception {
        byte[] snapshot = snapshot(catalog);
        ByteBuffer.wrap(snapshot).putInt(VERSION_OFFSET, ContentCodec.VERSION + 1);

        assertThat(ContentSnapshot.read(new ByteArrayInputStream(snapshot), files))
                .isEmpty();
    }

    @Test
    void aTruncatedSnapshotIsRefused() throws Exception {
        byte[] snapshot = snapshot(catalog);

        int[] lengths = {0, 3, VERSION_OFFSET + 2, CATALOG_OFFSET, snapshot.length / 2, snapshot.length - 1};
        for (int length : lengths) {
            assertThat(ContentSnapshot.read(new ByteArrayInputStream(Arrays.copyOf(snapshot, length)), files))
                    .as("the first %d bytes", length)
                    .isEmpty();
        }
    }

    @Test
    void aCorruptedSnapshotIsRefused() throws Exception {
        byte[] snapshot = snapshot(catalog);
        ByteBuffer.wrap(snapshot).putInt(CATALOG_OFFSET + 4, -2); // the first lesson's id: a length of -2

        assertThat(ContentSnapshot.read(new ByteArrayInputStream(snapshot), files))
                .isEmpty();
    }

    private static byte[] snapshot(ContentCatalog catalog) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ContentSnapshot.write(out, files, catalog);
        return out.toByteArray();
    }

    private static void assertSameAsLoaded(ContentCatalog read) {
        ContentCodecTest.assertSameCatalog(read, catalog);
    }
}
