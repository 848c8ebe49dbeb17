package dev.prunelab.content;

import java.util.List;
import java.util.Locale;

/**
 * Parses the study material that sits beside the lessons: quizzes, flashcards and rubrics. Field problems are
 * recorded on the {@link FrontMatter}; references (lesson ids, anchors, question ids) are checked by the loader
 * once everything is parsed.
 */
final class StudyMaterialParser {

    private StudyMaterialParser() {}

    static Quiz quiz(FrontMatter file) {
        List<Quiz.Question> questions = file.objects("questions", true).stream()
                .map(StudyMaterialParser::question)
                .toList();
        return new Quiz(file.string("lesson"), file.path(), questions);
    }

    private static Quiz.Question question(FrontMatter q) {
        String typeName = q.string("type");
        String id = ContentLoader.id(q);
        String prompt = q.string("prompt");
        if (typeName.equals("numeric")) {
            double tolerance = q.number("tolerance");
            if (tolerance < 0) {
                q.problem("field 'tolerance' must be 0 or more, got '" + tolerance + "'");
            }
            return new Quiz.Question(
                    id,
                    Quiz.Type.NUMERIC,
                    prompt,
                    List.of(),
                    q.number("answer"),
                    tolerance,
                    q.optionalString("unit", ""),
                    q.string("explanation"));
        }
        if (!typeName.equals("choice")) {
            q.problem("field 'type' must be 'choice' or 'numeric', got '" + typeName + "'");
        }
        List<Quiz.Option> options = q.objects("options", true).stream()
                .map(o -> new Quiz.Option(o.string("text"), o.flag("correct"), o.string("explanation")))
                .toList();
        long correct = options.stream().filter(Quiz.Option::correct).count();
        if (options.size() < 2) {
            q.problem("a choice question needs at least 2 options, got " + options.size());
        }
        if (correct != 1) {
            q.problem("a choice question needs exactly one option with 'correct: true', got " + correct);
        }
        return new Quiz.Question(id, Quiz.Type.CHOICE, prompt, options, 0, 0, "", q.optionalString("explanation", ""));
    }

    static List<Flashcard> flashcards(FrontMatter file) {
        String lesson = file.string("lesson");
        return file.objects("cards", true).stream()
                .map(c -> new Flashcard(ContentLoader.id(c), lesson, c.string("front"), c.string("back")))
                .toList();
    }

    static Rubric rubric(FrontMatter file) {
        List<Rubric.Dimension> dimensions = file.objects("dimensions", true).stream()
                .map(d -> {
                    String id = d.string("id").toLowerCase(Locale.ROOT);
                    if (!id.isEmpty() && !ContentLoader.DIMENSIONS.contains(id)) {
                        d.problem("field 'id' must be one of "
                                + ContentLoader.DIMENSIONS.stream().sorted().toList() + ", got '" + id + "'");
                    }
                    List<Rubric.Point> points = d.objects("points", true).stream()
                            .map(p -> new Rubric.Point(
                                    ContentLoader.id(p),
                                    p.string("text"),
                                    p.strings("paraphrases", true),
                                    ContentLink.parse(p.string("lesson")),
                                    p.optionalInteger("weight", 1, 3, 2)))
                            .toList();
                    List<Rubric.Misconception> misconceptions = d.objects("misconceptions", false).stream()
                            .map(m -> new Rubric.Misconception(
                                    ContentLoader.id(m),
                                    m.string("claim"),
                                    m.strings("patterns", true),
                                    m.strings("counterexamples", false),
                                    m.strings("requires", false),
                                    m.string("correction"),
                                    ContentLink.parse(m.string("lesson"))))
                            .toList();
                    return new Rubric.Dimension(
                            id, d.string("name"), d.optionalString("description", ""), points, misconceptions);
                })
                .toList();
        return new Rubric(file.string("question"), file.path(), dimensions);
    }
}
