package dev.prunelab.content;

import dev.prunelab.content.markdown.MarkdownRenderer;
import dev.prunelab.content.markdown.RenderedMarkdown;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Parses a debugging drill from its front matter and Markdown body. Field problems are recorded on the
 * {@link FrontMatter}; references (lessons, presets, the drill's rubric) are checked by the loader once everything is
 * parsed.
 */
final class DrillParser {

    /** {@code content/drills/07-state-dict-mismatch.md}: a two-digit number, then the drill's id. */
    private static final Pattern FILE_NAME = Pattern.compile(".*/drills/(\\d{2})-([^/]+)\\.md");

    private DrillParser() {}

    /**
     * @param links receives every link destination of the symptom and the explanation, for the reference check
     */
    static Drill drill(FrontMatter fm, MarkdownRenderer markdown, List<String> links) {
        String id = ContentLoader.id(fm);
        int number = 0;
        Matcher name = FILE_NAME.matcher(fm.path());
        if (!name.matches() || !name.group(2).equals(id)) {
            fm.problem("a drill's file must be named content/drills/NN-<id>.md with its id '" + id + "'");
        } else {
            number = Integer.parseInt(name.group(1));
        }
        RenderedMarkdown symptom = markdown.render(fm.string("symptom"));
        RenderedMarkdown body = markdown.render(fm.body());
        links.addAll(symptom.links());
        links.addAll(body.links());
        List<Drill.LabRun> lab = fm.objects("lab", true).stream()
                .map(l -> new Drill.LabRun(l.string("preset"), l.string("shows")))
                .toList();
        List<Drill.Source> sources = new ArrayList<>();
        for (FrontMatter s : fm.objects("sources", true)) {
            String url = s.string("url");
            if (!url.isEmpty() && !url.startsWith("https://")) {
                s.problem("field 'url' must be an https:// address, got '" + url + "'");
            }
            sources.add(new Drill.Source(s.string("title"), url, s.string("shows")));
        }
        return new Drill(
                id,
                number,
                fm.string("title"),
                symptom.html(),
                symptom.sections().stream()
                        .map(RenderedMarkdown.SectionText::text)
                        .collect(Collectors.joining(" "))
                        .strip(),
                fm.string("prompt"),
                fm.integer("minutes", 1, 10),
                fm.strings("lessons", true).stream().map(ContentLink::parse).toList(),
                lab,
                List.copyOf(sources),
                fm.path(),
                body.html(),
                body.headings(),
                body.sections());
    }
}
