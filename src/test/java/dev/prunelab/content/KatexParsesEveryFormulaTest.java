package dev.prunelab.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.prunelab.content.markdown.MarkdownRenderer;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every formula in the curriculum (lessons, question cards, drills, quizzes, flashcards) is parsed by the same KaTeX the pages
 * use (the webjar's katex.min.js), run in Node.js with errors thrown. Skipped where Node.js is not installed.
 */
class KatexParsesEveryFormulaTest {

    private static final String KATEX = "META-INF/resources/webjars/katex/0.16.47/dist/katex.min.js";
    private static final Pattern MATH =
            Pattern.compile("(?s)<(span|div) class=\"math (math-inline|math-display)\">(.*?)</\\1>");
    private static final String SCRIPT = """
            const fs = require('fs');
            const katex = require(process.argv[2]);
            const items = JSON.parse(fs.readFileSync(process.argv[3], 'utf8'));
            const bad = [];
            for (const item of items) {
              try { katex.renderToString(item.tex, { displayMode: item.display, throwOnError: true, strict: 'ignore' }); }
              catch (e) { bad.push(item.where + ': ' + e.message); }
            }
            console.log(JSON.stringify({ checked: items.length, bad: bad }));
            """;

    @TempDir
    Path temp;

    @Test
    void katexParsesEveryFormula() throws Exception {
        assumeTrue(nodeAvailable(), "Node.js is not installed: the KaTeX check runs where it is (CI installs it)");
        ContentCatalog catalog =
                new ContentLoader(new MarkdownRenderer()).load(ContentSource.fromDirectory(CurriculumTest.CONTENT));
        List<Map<String, Object>> formulas = formulas(catalog);
        assertThat(formulas).hasSizeGreaterThan(500);

        Path katex = temp.resolve("katex.min.js");
        try (InputStream in = getClass().getClassLoader().getResourceAsStream(KATEX)) {
            Files.copy(in, katex);
        }
        Path items = temp.resolve("items.json");
        new ObjectMapper().writeValue(items.toFile(), formulas);
        Path script = temp.resolve("check.js");
        Files.writeString(script, SCRIPT);
        Process node = new ProcessBuilder("node", script.toString(), katex.toString(), items.toString())
                .redirectErrorStream(true)
                .start();
        String output = new String(node.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(node.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(node.exitValue()).as(output).isZero();
        Map<?, ?> result =
                new ObjectMapper().readValue(output.lines().reduce((a, b) -> b).orElse("{}"), Map.class);
        assertThat(result.get("checked")).isEqualTo(formulas.size());
        assertThat((List<?>) result.get("bad"))
                .as("formulas KaTeX cannot parse")
                .isEmpty();
    }

    private static List<Map<String, Object>> formulas(ContentCatalog catalog) {
        MarkdownRenderer renderer = new MarkdownRenderer();
        List<Map<String, Object>> formulas = new ArrayList<>();
        catalog.lessons().forEach(l -> collect(l.path(), l.html(), formulas));
        catalog.questions()
                .forEach(q -> collect(
                        q.path(),
                        q.html()
                                + renderer.render(String.join("\n\n", q.expectations()))
                                        .html(),
                        formulas));
        catalog.drills().forEach(d -> collect(d.path(), d.symptomHtml() + d.html(), formulas));
        for (Quiz quiz : catalog.quizzes()) {
            for (Quiz.Question q : quiz.questions()) {
                StringBuilder text =
                        new StringBuilder(q.prompt()).append("\n\n").append(q.explanation());
                q.options()
                        .forEach(o -> text.append("\n\n")
                                .append(o.text())
                                .append("\n\n")
                                .append(o.explanation()));
                collect(
                        quiz.path() + " " + q.id(),
                        renderer.render(text.toString()).html(),
                        formulas);
            }
        }
        catalog.flashcards()
                .forEach(c -> collect(
                        "flashcard " + c.id(),
                        renderer.render(c.front() + "\n\n" + c.back()).html(),
                        formulas));
        return formulas;
    }

    private static void collect(String where, String html, List<Map<String, Object>> into) {
        Matcher m = MATH.matcher(html);
        while (m.find()) {
            String tex = m.group(3)
                    .replace("&lt;", "<")
                    .replace("&gt;", ">")
                    .replace("&quot;", "\"")
                    .replace("&amp;", "&");
            into.add(Map.of("where", where, "tex", tex, "display", m.group(2).equals("math-display")));
        }
    }

    private static boolean nodeAvailable() {
        try {
            Process p = new ProcessBuilder("node", "--version")
                    .redirectErrorStream(true)
                    .start();
            p.getInputStream().readAllBytes();
            return p.waitFor(10, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException | InterruptedException e) {
            return false;
        }
    }
}
