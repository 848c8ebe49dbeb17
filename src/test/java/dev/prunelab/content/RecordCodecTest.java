package dev.prunelab.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The codec follows the records: a new component needs no codec change, only changes the shape (and the version). */
class RecordCodecTest {

    enum Level {
        JUNIOR,
        SENIOR
    }

    record Link(String lessonId, String anchor) {}

    record Card(String id, int minutes, Link lesson, List<Link> more) {}

    /** {@link Card} with one front-matter field more, of each other kind the codec holds. */
    record CardWithMore(
            String id,
            int minutes,
            Link lesson,
            List<Link> more,
            long views,
            boolean draft,
            double weight,
            Level level) {}

    record WithAMap(String id, Map<String, String> extra) {}

    @Test
    void aRecordWithANewFieldReadsBackWithoutAnyCodecChange() throws IOException {
        CardWithMore card = new CardWithMore(
                "model-pruning",
                10,
                null,
                List.of(new Link("magnitude", ""), new Link("schedules", "gradual")),
                1L << 40,
                true,
                -0.5,
                Level.SENIOR);

        assertThat(roundTrip(RecordCodec.of(CardWithMore.class), card)).isEqualTo(card);
    }

    @Test
    void nullsReadBackAsNulls() throws IOException {
        CardWithMore card = new CardWithMore(null, 0, new Link(null, "a"), null, 0, false, 0, null);

        assertThat(roundTrip(RecordCodec.of(CardWithMore.class), card)).isEqualTo(card);
    }

    @Test
    void theShapeNamesEachComponentAndChangesWithThem() {
        String shape = RecordCodec.of(Card.class).shape();

        assertThat(shape)
                .isEqualTo("Card(id:String,minutes:int,lesson:Link(lessonId:String,anchor:String)?,more:List<Link>)");
        assertThat(RecordCodec.of(CardWithMore.class).shape())
                .isNotEqualTo(shape)
                .endsWith("level:Level{JUNIOR,SENIOR})");
    }

    @Test
    void aComponentTheSnapshotCannotHoldIsRefusedNamingIt() {
        assertThatThrownBy(() -> RecordCodec.of(WithAMap.class))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("WithAMap.extra: a snapshot cannot hold");
    }

    @Test
    void theCatalogVersionIsTheShapeOfItsRecords() {
        assertThat(RecordCodec.of(ContentCatalog.Parts.class).shape())
                .contains("Lesson(id:String,title:String,summary:String,order:int,track:Track{PRUNING,FOUNDATIONS}")
                .contains("lesson:ContentLink(lessonId:String,anchor:String)?");
    }

    private static <T> T roundTrip(RecordCodec.Codec<T> codec, T value) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        codec.write(new DataOutputStream(bytes), value);
        return codec.read(new DataInputStream(new ByteArrayInputStream(bytes.toByteArray())));
    }
}
