package dev.prunelab.content;

import dev.prunelab.content.markdown.MarkdownRenderer;
import dev.prunelab.content.markdown.RenderedMarkdown;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Turns the files of {@code content/} into a validated {@link ContentCatalog}.
 *
 * <p>Phases: (1) parse every file, recording missing or malformed fields; (2) check ids are unique;
 * (3) check every reference — prerequisites, lesson links in front matter, and internal links in Markdown —
 * points at something that exists. Every problem names its file; if there is any, loading fails with all of them.
 */
public final class ContentLoader {

    /** Rubric dimensions a follow-up may probe (the feedback engine scores these). */
    public static final Set<String> DIMENSIONS =
            Set.of("foundations", "implementation", "tradeoffs", "evaluation", "applications", "communication");

    private static final Pattern ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    private static final String PRESETS_FILE = "lab-presets.yaml";
    /** Site sections a content link may point to besides lessons, questions and presets. */
    private static final Set<String> PAGES =
            Set.of("/", "/learn", "/lab", "/practice", "/drills", "/interview", "/progress", "/search");

    private final MarkdownRenderer markdown;

    public ContentLoader(MarkdownRenderer markdown) {
        this.markdown = markdown;
    }

    /** Loads and validates; throws {@link ContentException} naming every problem. */
    public ContentCatalog load(List<ContentFile> files) {
        ContentProblems problems = new ContentProblems();
        List<Lesson> lessons = new ArrayList<>();
        List<QuestionCard> questions = new ArrayList<>();
        List<LabPreset> presets = new ArrayList<>();
        List<Quiz> quizzes = new ArrayList<>();
        List<Flashcard> flashcards = new ArrayList<>();
        List<Rubric> rubrics = new ArrayList<>();
        List<Drill> drills = new ArrayList<>();
        Map<String, List<String>> links = new LinkedHashMap<>();

        for (ContentFile file : files) {
            String relative = file.relativePath();
            if (relative.startsWith("lessons/") && relative.endsWith(".md")) {
                FrontMatter.ofMarkdown(file, problems).ifPresent(fm -> {
                    RenderedMarkdown body = markdown.render(fm.body());
                    lessons.add(lesson(fm, body));
                    links.put(file.path(), body.links());
                });
            } else if (relative.startsWith("questions/") && relative.endsWith(".md")) {
                FrontMatter.ofMarkdown(file, problems).ifPresent(fm -> {
                    RenderedMarkdown body = markdown.render(fm.body());
                    questions.add(question(fm, body));
                    links.put(file.path(), body.links());
                });
            } else if (relative.startsWith("drills/") && relative.endsWith(".md")) {
                FrontMatter.ofMarkdown(file, problems).ifPresent(fm -> {
                    List<String> drillLinks = new ArrayList<>();
                    drills.add(DrillParser.drill(fm, markdown, drillLinks));
                    links.put(file.path(), drillLinks);
                });
            } else if (relative.startsWith("quizzes/") && relative.endsWith(".yaml")) {
                FrontMatter.ofYaml(file, problems).ifPresent(fm -> quizzes.add(StudyMaterialParser.quiz(fm)));
            } else if (relative.startsWith("flashcards/") && relative.endsWith(".yaml")) {
                FrontMatter.ofYaml(file, problems)
                        .ifPresent(fm -> flashcards.addAll(StudyMaterialParser.flashcards(fm)));
            } else if (relative.startsWith("rubrics/") && relative.endsWith(".yaml")) {
                FrontMatter.ofYaml(file, problems).ifPresent(fm -> rubrics.add(StudyMaterialParser.rubric(fm)));
            } else if (relative.equals(PRESETS_FILE)) {
                FrontMatter.ofYaml(file, problems)
                        .ifPresent(fm -> fm.objects("presets", true).forEach(p -> presets.add(preset(p))));
            }
        }
        unique(lessons, Lesson::id, Lesson::path, "lesson", problems);
        unique(questions, QuestionCard::id, QuestionCard::path, "question", problems);
        unique(presets, LabPreset::id, p -> "content/" + PRESETS_FILE, "lab preset", problems);
        long startHere = presets.stream().filter(LabPreset::startHere).count();
        if (!presets.isEmpty() && startHere != 1) {
            problems.add(
                    "content/" + PRESETS_FILE,
                    "exactly one preset must say startHere: true (the lab's suggested first run), found " + startHere);
        }
        unique(quizzes, Quiz::lessonId, Quiz::path, "quiz for lesson", problems);
        unique(
                quizzes.stream()
                        .flatMap(q -> q.questions().stream().map(x -> Map.entry(x.id(), q.path())))
                        .toList(),
                Map.Entry::getKey,
                Map.Entry::getValue,
                "quiz question",
                problems);
        unique(flashcards, Flashcard::id, c -> "content/flashcards/" + c.lessonId() + ".yaml", "flashcard", problems);
        unique(rubrics, Rubric::questionId, Rubric::path, "rubric for question", problems);
        gradedIdsUnique(questions, drills, problems);

        ContentCatalog catalog = ContentCatalog.of(
                new ContentCatalog.Parts(lessons, questions, presets, quizzes, flashcards, rubrics, drills));
        new ReferenceCheck(catalog, problems, markdown).check(links);
        problems.throwIfAny();
        return catalog;
    }

    /**
     * Practice grades answers by question id, so a card (each id once: duplicates of a card are reported above), its
     * follow-ups and the drills share one space of ids.
     */
    private static void gradedIdsUnique(List<QuestionCard> questions, List<Drill> drills, ContentProblems problems) {
        Map<String, String> cards = new LinkedHashMap<>();
        questions.forEach(q -> cards.putIfAbsent(q.id(), q.path()));
        List<Map.Entry<String, String>> graded = new ArrayList<>(cards.entrySet());
        questions.forEach(q -> q.followUps().forEach(f -> graded.add(Map.entry(f.id(), q.path()))));
        drills.forEach(d -> graded.add(Map.entry(d.id(), d.path())));
        unique(graded, Map.Entry::getKey, Map.Entry::getValue, "question, follow-up or drill", problems);
    }

    static String id(FrontMatter fm) {
        String id = fm.string("id");
        if (!id.isEmpty() && !ID.matcher(id).matches()) {
            fm.problem("id '" + id + "' must use only lowercase letters, digits and single '-' between them");
        }
        return id;
    }

    private Lesson lesson(FrontMatter fm, RenderedMarkdown body) {
        String trackName = fm.optionalString("track", "pruning");
        Lesson.Track track = Lesson.Track.PRUNING;
        try {
            track = Lesson.Track.valueOf(trackName.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            fm.problem("field 'track' must be 'pruning' or 'foundations', got '" + trackName + "'");
        }
        int words = body.sections().stream()
                .mapToInt(s -> wordCount(s.heading()) + wordCount(s.text()))
                .sum();
        return new Lesson(
                id(fm),
                fm.string("title"),
                fm.string("summary"),
                fm.integer("order", 1, 999),
                track,
                fm.strings("prerequisites", false),
                fm.integer("minutes", 1, 240),
                fm.strings("tags", false),
                fm.path(),
                body.html(),
                body.headings(),
                body.sections(),
                words);
    }

    private QuestionCard question(FrontMatter fm, RenderedMarkdown body) {
        List<QuestionCard.KeyTopic> topics = fm.objects("key_topics", true).stream()
                .map(t -> new QuestionCard.KeyTopic(t.string("title"), ContentLink.parse(t.string("lesson"))))
                .toList();
        List<QuestionCard.FollowUp> followUps = fm.objects("follow_ups", true).stream()
                .map(f -> {
                    String dimension = f.string("dimension");
                    if (!dimension.isEmpty() && !DIMENSIONS.contains(dimension)) {
                        f.problem("field 'dimension' must be one of "
                                + DIMENSIONS.stream().sorted().toList() + ", got '" + dimension + "'");
                    }
                    return new QuestionCard.FollowUp(
                            id(f), f.string("question"), ContentLink.parse(f.string("lesson")), dimension);
                })
                .toList();
        return new QuestionCard(
                id(fm),
                fm.string("title"),
                fm.string("prompt"),
                fm.optionalString("company", ""),
                fm.optionalString("round", ""),
                fm.optionalString("level", ""),
                fm.integer("minutes", 1, 120),
                fm.strings("expectations", true),
                topics,
                fm.strings("approach", true),
                followUps,
                fm.path(),
                body.html(),
                body.headings(),
                body.sections());
    }

    private static <T> void unique(
            List<T> items, Function<T, String> id, Function<T, String> path, String kind, ContentProblems problems) {
        Map<String, List<T>> byId = items.stream()
                .filter(i -> !id.apply(i).isEmpty())
                .collect(Collectors.groupingBy(id, LinkedHashMap::new, Collectors.toList()));
        byId.forEach((key, sameId) -> {
            if (sameId.size() > 1) {
                for (T item : sameId.subList(1, sameId.size())) {
                    problems.add(
                            path.apply(item),
                            "duplicate " + kind + " id '" + key + "' (also in " + path.apply(sameId.get(0)) + ")");
                }
            }
        });
    }

    static int wordCount(String text) {
        String stripped = text.strip();
        return stripped.isEmpty() ? 0 : stripped.split("\\s+").length;
    }

    /** Phase 3: every reference resolves. */
    private record ReferenceCheck(ContentCatalog catalog, ContentProblems problems, MarkdownRenderer markdown) {

        void check(Map<String, List<String>> linksByFile) {
            for (Lesson lesson : catalog.lessons()) {
                for (String prerequisite : lesson.prerequisites()) {
                    if (catalog.lesson(prerequisite).isEmpty()) {
                        problems.add(lesson.path(), "unknown prerequisite '" + prerequisite + "'");
                    } else if (prerequisite.equals(lesson.id())) {
                        problems.add(lesson.path(), "a lesson cannot be its own prerequisite");
                    }
                }
            }
            for (QuestionCard card : catalog.questions()) {
                card.keyTopics().forEach(t -> lessonLink(card.path(), "key topic '" + t.title() + "'", t.lesson()));
                card.followUps().forEach(f -> lessonLink(card.path(), "follow-up '" + f.id() + "'", f.answer()));
            }
            for (LabPreset preset : catalog.presets()) {
                lessonLink(
                        "content/" + PRESETS_FILE, "preset '" + preset.id() + "'", ContentLink.parse(preset.lesson()));
                markdownLink("content/" + PRESETS_FILE, "figure:" + preset.figure());
            }
            linksByFile.forEach((path, links) -> links.forEach(link -> markdownLink(path, link)));
            for (Quiz quiz : catalog.quizzes()) {
                lessonExists(quiz.path(), quiz.lessonId());
            }
            for (Flashcard card : catalog.flashcards()) {
                lessonExists("content/flashcards/" + card.lessonId() + ".yaml", card.lessonId());
            }
            for (Drill drill : catalog.drills()) {
                drill.lessons().forEach(l -> lessonLink(drill.path(), "lesson link", l));
                for (Drill.LabRun run : drill.lab()) {
                    if (!run.preset().isEmpty() && catalog.preset(run.preset()).isEmpty()) {
                        problems.add(
                                drill.path(),
                                "unknown lab preset '" + run.preset() + "' (see content/" + PRESETS_FILE + ")");
                    }
                }
                if (!drill.id().isEmpty() && catalog.rubric(drill.id()).isEmpty()) {
                    problems.add(drill.path(), "no rubric: add content/rubrics/" + drill.id() + ".yaml");
                }
            }
            for (Rubric rubric : catalog.rubrics()) {
                if (!rubric.questionId().isEmpty()
                        && catalog.question(rubric.questionId()).isEmpty()
                        && catalog.followUp(rubric.questionId()).isEmpty()
                        && catalog.drill(rubric.questionId()).isEmpty()) {
                    problems.add(rubric.path(), "unknown question, follow-up or drill '" + rubric.questionId() + "'");
                }
                for (Rubric.Dimension dimension : rubric.dimensions()) {
                    dimension.points().forEach(p -> lessonLink(rubric.path(), "point '" + p.id() + "'", p.lesson()));
                    dimension
                            .misconceptions()
                            .forEach(m -> lessonLink(rubric.path(), "misconception '" + m.id() + "'", m.lesson()));
                }
            }
        }

        private void lessonExists(String path, String lessonId) {
            if (!lessonId.isEmpty() && catalog.lesson(lessonId).isEmpty()) {
                problems.add(path, "unknown lesson '" + lessonId + "'");
            }
        }

        private void lessonLink(String path, String what, ContentLink link) {
            if (link.lessonId().isEmpty()) {
                return;
            }
            var lesson = catalog.lesson(link.lessonId());
            if (lesson.isEmpty()) {
                problems.add(path, what + " links to unknown lesson '" + link.lessonId() + "'");
            } else if (!link.anchor().isEmpty() && !lesson.get().hasAnchor(link.anchor())) {
                problems.add(
                        path,
                        what + " links to unknown section '#" + link.anchor() + "' of lesson '" + link.lessonId()
                                + "'");
            }
        }

        private void markdownLink(String path, String destination) {
            String target = destination.strip();
            if (target.matches("(?i)(https?|mailto):.*")) {
                return;
            }
            if (target.startsWith("#")) {
                checkOwnAnchor(path, target.substring(1));
                return;
            }
            if (target.startsWith("figure:")) {
                String id = target.substring("figure:".length());
                if (!markdown.drawsFigures()) {
                    return;
                }
                if (id.isEmpty()) {
                    problems.add(
                            path,
                            "a figure block needs id, alt and caption (lowercase-with-dashes names); see"
                                    + " src/site/markdown/explorables.md");
                } else if (!markdown.hasFigure(id)) {
                    problems.add(
                            path,
                            "figure '" + id + "' was not drawn by the build (dev.prunelab.lab.figures.FigureBuild"
                                    + " writes figures/<id>.svg)");
                }
                return;
            }
            if (!target.startsWith("/")) {
                problems.add(
                        path,
                        "broken internal link '" + target + "': write internal links as /learn/<lesson-id>"
                                + " (or /learn/<lesson-id>#<section>), /questions/<id> or /lab/presets/<id>");
                return;
            }
            String withoutAnchor = target.contains("#") ? target.substring(0, target.indexOf('#')) : target;
            if (withoutAnchor.startsWith("/learn/")) {
                lessonLink(path, "link '" + target + "'", ContentLink.parse(target.substring("/learn/".length())));
            } else if (withoutAnchor.startsWith("/questions/")) {
                if (catalog.question(withoutAnchor.substring("/questions/".length()))
                        .isEmpty()) {
                    problems.add(path, "broken internal link '" + target + "': unknown question");
                }
            } else if (withoutAnchor.startsWith("/lab/presets/")) {
                if (catalog.preset(withoutAnchor.substring("/lab/presets/".length()))
                        .isEmpty()) {
                    problems.add(
                            path,
                            "broken internal link '" + target + "': unknown lab preset (see content/" + PRESETS_FILE
                                    + ")");
                }
            } else if (!PAGES.contains(withoutAnchor)) {
                problems.add(path, "broken internal link '" + target + "': no such page");
            }
        }

        private void checkOwnAnchor(String path, String anchor) {
            boolean found = catalog.lessons().stream()
                            .filter(l -> l.path().equals(path))
                            .anyMatch(l -> l.hasAnchor(anchor))
                    || catalog.questions().stream()
                            .filter(q -> q.path().equals(path))
                            .anyMatch(q -> q.headings().stream()
                                    .anyMatch(h -> h.anchor().equals(anchor)))
                    || catalog.drills().stream()
                            .filter(d -> d.path().equals(path))
                            .anyMatch(d -> d.hasAnchor(anchor));
            if (!found) {
                problems.add(path, "broken internal link '#" + anchor + "': no such section in this file");
            }
        }
    }

    /** A preset with its prediction question, whose expected choice must be one of its choices. */
    private static LabPreset preset(FrontMatter p) {
        List<String> choices = p.strings("choices", true);
        return new LabPreset(
                id(p),
                p.string("title"),
                p.string("lesson"),
                p.string("summary"),
                p.mappingAsJson("spec"),
                new LabPreset.Prediction(
                        p.string("question"), choices, p.integer("expected", 0, Math.max(0, choices.size() - 1))),
                p.integer("seconds", 1, 600),
                p.flag("startHere"),
                p.string("figure"));
    }
}
