package dev.prunelab.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ClosestLessonsTest {

    static final List<Lesson> LESSONS = List.of(
            lesson("magnitude-pruning", "Magnitude pruning"),
            lesson("structured-pruning", "Structured pruning and real speed-ups"),
            lesson("lottery-ticket", "The lottery ticket hypothesis"),
            lesson("decision-trees", "Pruning decision trees"),
            lesson("what-is-pruning", "What pruning is and why it works"));

    static Lesson lesson(String id, String title) {
        return new Lesson(
                id,
                title,
                "",
                1,
                Lesson.Track.PRUNING,
                List.of(),
                10,
                List.of(),
                id + ".md",
                "",
                List.of(),
                List.of(),
                100);
    }

    static List<String> ids(String wrongId) {
        return ClosestLessons.to(wrongId, LESSONS, 3).stream().map(Lesson::id).toList();
    }

    @Test
    void aTypoFindsTheLessonFirst() {
        assertThat(ids("magnitude-prunin")).first().isEqualTo("magnitude-pruning");
        assertThat(ids("lotery-ticket")).containsExactly("lottery-ticket");
    }

    @Test
    void sharedWordsFindLessonsWhateverTheOrder() {
        assertThat(ids("pruning-magnitude")).first().isEqualTo("magnitude-pruning");
        assertThat(ids("lottery")).containsExactly("lottery-ticket");
        assertThat(ids("trees")).containsExactly("decision-trees");
    }

    @Test
    void nothingCloseSuggestsNothingAndAtMostTheLimit() {
        assertThat(ids("zzzz-qqqq")).isEmpty();
        assertThat(ids("pruning")).hasSize(3);
    }

    @Test
    void theWrongIdBecomesASearchQuery() {
        assertThat(ClosestLessons.asQuery("Magnitude-Prunin")).isEqualTo("magnitude prunin");
        assertThat(ClosestLessons.asQuery("a/../b<script>")).isEqualTo("script");
    }

    @Test
    void editDistanceCountsInsertionsDeletionsAndSubstitutions() {
        assertThat(ClosestLessons.editDistance("kitten", "sitting")).isEqualTo(3);
        assertThat(ClosestLessons.editDistance("", "abc")).isEqualTo(3);
        assertThat(ClosestLessons.editDistance("same", "same")).isZero();
    }
}
