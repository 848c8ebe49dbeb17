package dev.prunelab.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class FrontMatterTest {

    private static final String PATH = "content/lessons/01-x.md";

    private static FrontMatter parse(String text, ContentProblems problems) {
        return FrontMatter.ofMarkdown(new ContentFile(PATH, text), problems).orElse(null);
    }

    @Test
    void splitsFieldsAndBody() {
        ContentProblems problems = new ContentProblems();
        FrontMatter fm = parse(
                "---\nid: x\ntitle: \"A: title\"\nminutes: 12\ntags: [a, b]\n---\n## Body\n\nText --- here\n",
                problems);
        assertThat(fm.string("id")).isEqualTo("x");
        assertThat(fm.string("title")).isEqualTo("A: title");
        assertThat(fm.integer("minutes", 1, 240)).isEqualTo(12);
        assertThat(fm.strings("tags", false)).containsExactly("a", "b");
        assertThat(fm.body()).isEqualTo("## Body\n\nText --- here\n");
        assertThat(problems.isEmpty()).isTrue();
    }

    @Test
    void windowsLineEndingsAndByteOrderMarkAreAccepted() {
        ContentProblems problems = new ContentProblems();
        FrontMatter fm = parse("\uFEFF---\r\nid: x\r\n---\r\nBody\r\n", problems);
        assertThat(fm.string("id")).isEqualTo("x");
        assertThat(fm.body()).isEqualTo("Body\n");
    }

    @Test
    void missingOrUnclosedFrontMatterIsReported() {
        assertThatThrownBy(() -> {
                    ContentProblems problems = new ContentProblems();
                    assertThat(parse("# No front matter", problems)).isNull();
                    assertThat(parse("---\nid: x\nno end", problems)).isNull();
                    problems.throwIfAny();
                })
                .isInstanceOfSatisfying(
                        ContentException.class,
                        e -> assertThat(e.problems())
                                .containsExactly(
                                        PATH + ": missing front matter: the file must start with a line '---'",
                                        PATH + ": front matter is not closed: add a line '---' after the YAML"));
    }

    @Test
    void invalidYamlAndWrongTypesNameTheField() {
        ContentProblems problems = new ContentProblems();
        assertThat(parse("---\nid: [unclosed\n---\n", problems)).isNull();
        FrontMatter fm = parse("---\nminutes: lots\ntags: oops\n---\n", problems);
        fm.integer("minutes", 1, 240);
        fm.strings("tags", false);
        fm.string("title");
        assertThatThrownBy(problems::throwIfAny).isInstanceOfSatisfying(ContentException.class, e -> {
            List<String> list = e.problems();
            assertThat(list.get(0)).startsWith(PATH + ": invalid YAML");
            assertThat(list.subList(1, 4))
                    .containsExactly(
                            PATH + ": field 'minutes' must be a whole number from 1 to 240, got 'lots'",
                            PATH + ": field 'tags' must be a list, got 'oops'",
                            PATH + ": missing required field 'title'");
        });
    }
}
