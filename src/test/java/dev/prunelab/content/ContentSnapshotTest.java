package dev.prunelab.content;

import static org.assertj.core.api.Assertions.assertThat;

import dev.prunelab.content.markdown.MarkdownRenderer;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The build-time snapshot of the curriculum reads back as the catalog it was made from, and only for its files. */
class ContentSnapshotTest {

    static List<ContentFile> files;
    static ContentCatalog catalog;

    @BeforeAll
    static void load() {
        files = ContentSource.fromDirectory(Path.of("content"));
        catalog = new ContentLoader(new MarkdownRenderer()).load(files);
    }

    @Test
    void readsBackTheCatalogItWasMadeFrom() throws Exception {
        Optional<ContentCatalog> read = ContentSnapshot.read(new ByteArrayInputStream(snapshot(catalog)), files);

        assertThat(read).hasValueSatisfying(ContentSnapshotTest::assertSameAsLoaded);
    }

    @Test
    void isNotUsedForFilesThatChangedSinceItWasMade() throws Exception {
        List<ContentFile> edited = new ArrayList<>(files);
        ContentFile lesson = edited.stream().filter(f -> f.path().startsWith("content/lessons/")).findFirst().orElseThrow();
        edited.set(edited.indexOf(lesson), new ContentFile(lesson.path(), lesson.text() + "\nOne more sentence.\n"));

        assertThat(ContentSnapshot.read(new ByteArrayInputStream(snapshot(catalog)), edited)).isEmpty();
    }

    @Test
    void theBuildPackagesASnapshotOfContent() {
        assertThat(ContentSnapshot.packaged()).hasValueSatisfying(ContentSnapshotTest::assertSameAsLoaded);
    }

    private static byte[] snapshot(ContentCatalog catalog) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ContentSnapshot.write(out, files, catalog);
        return out.toByteArray();
    }

    private static void assertSameAsLoaded(ContentCatalog read) {
        assertThat(read.lessons()).isEqualTo(catalog.lessons());
        assertThat(read.questions()).isEqualTo(catalog.questions());
        assertThat(read.quizzes()).isEqualTo(catalog.quizzes());
        assertThat(read.flashcards()).isEqualTo(catalog.flashcards());
        assertThat(read.rubrics()).isEqualTo(catalog.rubrics());
        assertThat(read.presets()).isEqualTo(catalog.presets());
        assertThat(read.previous(read.lesson("magnitude-pruning").orElseThrow())).isEqualTo(
                catalog.previous(catalog.lesson("magnitude-pruning").orElseThrow()));
    }
}
