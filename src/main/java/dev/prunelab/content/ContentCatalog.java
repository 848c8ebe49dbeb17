package dev.prunelab.content;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The whole curriculum, validated and immutable. Built by {@link ContentLoader}; shared by every request.
 */
public final class ContentCatalog {

    private final Map<String, Lesson> lessons;
    private final Map<String, QuestionCard> questions;
    private final Map<String, LabPreset> presets;

    ContentCatalog(List<Lesson> lessons, List<QuestionCard> questions, List<LabPreset> presets) {
        this.lessons = byId(lessons.stream().sorted(Comparator.comparingInt(Lesson::order)).toList(), Lesson::id);
        this.questions = byId(questions.stream().sorted(Comparator.comparing(QuestionCard::id)).toList(), QuestionCard::id);
        this.presets = byId(presets, LabPreset::id);
    }

    private static <T> Map<String, T> byId(List<T> items, Function<T, String> id) {
        return items.stream().collect(Collectors.toMap(id, Function.identity(), (a, b) -> a, LinkedHashMap::new));
    }

    /** All lessons in learning-path order. */
    public List<Lesson> lessons() { return List.copyOf(lessons.values()); }

    public Optional<Lesson> lesson(String id) { return Optional.ofNullable(lessons.get(id)); }

    /** The lessons of one track, in order. */
    public List<Lesson> lessons(Lesson.Track track) {
        return lessons.values().stream().filter(l -> l.track() == track).toList();
    }

    /** The lesson before and after this one on the learning path. */
    public Optional<Lesson> previous(Lesson lesson) { return neighbour(lesson, -1); }

    public Optional<Lesson> next(Lesson lesson) { return neighbour(lesson, 1); }

    private Optional<Lesson> neighbour(Lesson lesson, int step) {
        List<Lesson> path = lessons();
        int index = path.indexOf(lesson) + step;
        return index >= 0 && index < path.size() && path.indexOf(lesson) >= 0 ? Optional.of(path.get(index)) : Optional.empty();
    }

    /** All question cards, by id. */
    public List<QuestionCard> questions() { return List.copyOf(questions.values()); }

    public Optional<QuestionCard> question(String id) { return Optional.ofNullable(questions.get(id)); }

    /** The question card the home page shows: the first by id (the seed card, model-pruning). */
    public Optional<QuestionCard> featuredQuestion() {
        return question("model-pruning").or(() -> questions.values().stream().findFirst());
    }

    public List<LabPreset> presets() { return List.copyOf(presets.values()); }

    public Optional<LabPreset> preset(String id) { return Optional.ofNullable(presets.get(id)); }
}
