package dev.prunelab.progress.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

import dev.prunelab.Browser;
import dev.prunelab.account.AccountFlowTestSupport;
import dev.prunelab.content.ContentService;
import dev.prunelab.content.Lesson;
import dev.prunelab.content.Quiz;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The quiz page: one retry per question, answers checked in place, option order per attempt, the final score. */
@QuarkusTest
class QuizPageTest {

    static final String LESSON = "magnitude-pruning";
    static final String PAGE = "/learn/" + LESSON + "/quiz";
    static final Pattern OPTION_VALUE = Pattern.compile("type=\"radio\" name=\"answer\" value=\"(\\d+)\"");

    @Inject
    ContentService content;

    private Quiz quiz() {
        return content.catalog().quiz(LESSON).orElseThrow();
    }

    private Quiz.Question firstChoice() {
        return quiz().questions().stream()
                .filter(q -> q.type() == Quiz.Type.CHOICE)
                .findFirst()
                .orElseThrow();
    }

    private static String wrongOption(Quiz.Question q) {
        return String.valueOf(q.correctOption() == 0 ? 2 : 1);
    }

    private static String rightAnswer(Quiz.Question q) {
        return q.type() == Quiz.Type.CHOICE ? String.valueOf(q.correctOption() + 1) : String.valueOf(q.answer());
    }

    @Test
    void aWrongAnswerGetsOneRetryThenTheAnswerAndTheExplanation() {
        Browser guest = new Browser();
        Quiz.Question q = firstChoice();
        Quiz.Option right = q.options().get(q.correctOption());
        guest.submit(PAGE, PAGE + "/" + q.id(), Map.of("answer", wrongOption(q)))
                .then()
                .statusCode(303);
        String retrying = section(guest.get(PAGE).asString(), q.id());
        assertThat(retrying)
                .contains("Not quite. Try once more.")
                .contains("✗ your first try")
                .contains("Check again")
                .doesNotContain(right.explanation().substring(0, 20))
                .doesNotContain("is-correct");

        guest.submit(PAGE, PAGE + "/" + q.id(), Map.of("answer", wrongOption(q)));
        String revealed = section(guest.get(PAGE).asString(), q.id());
        assertThat(revealed)
                .contains("Not this time.")
                .contains("✗ your answer")
                .contains("class=\"option is-correct\"")
                .contains("<fieldset class=\"options\" disabled>")
                .doesNotContain(">Check");
    }

    @Test
    void theScriptGetsJustTheQuestionAndTheScorePanel() {
        Browser guest = new Browser();
        Quiz.Question q = firstChoice();
        guest.get(PAGE);
        String partial = guest.post(PAGE + "/" + q.id() + "?partial=true", Map.of("answer", rightAnswer(q)), true)
                .then()
                .statusCode(200)
                .contentType(containsString("text/html"))
                .extract()
                .asString();
        assertThat(partial.strip())
                .startsWith("<section class=\"panel quiz-question\" id=\"" + q.id() + "\"")
                .contains("Right.")
                .contains("id=\"quiz-summary\"")
                .contains("1 of " + quiz().questions().size() + " answered")
                .doesNotContain("<html")
                .doesNotContain("<header");
        guest.post(PAGE + "/" + q.id() + "?partial=true", Map.of("answer", ""), true)
                .then()
                .statusCode(400)
                .body(containsString("Your answer: answer must be one of the options"));
    }

    @Test
    void everyQuestionAnsweredEndsWithTheScoreAndTheNextLesson() {
        Browser guest = new Browser();
        List<Quiz.Question> questions = quiz().questions();
        for (int i = 0; i < questions.size(); i++) {
            Quiz.Question q = questions.get(i);
            // the first question needs a second try
            if (i == 0) {
                guest.submit(PAGE, PAGE + "/" + q.id(), Map.of("answer", "-1000000"));
            }
            guest.submit(PAGE, PAGE + "/" + q.id(), Map.of("answer", rightAnswer(q)));
        }
        Lesson next = content.catalog()
                .next(content.catalog().lesson(LESSON).orElseThrow())
                .orElseThrow();
        int n = questions.size();
        String half = n - 1 + "½ of " + n;
        guest.get(PAGE)
                .then()
                .statusCode(200)
                .body(containsString("Score: " + half))
                .body(containsString((n - 1) + " right at the first try, 1 at the second, 0 missed."))
                .body(containsString("href=\"" + next.href() + "\">Next lesson: " + next.title()))
                .body(containsString("action=\"/learn/" + LESSON + "/quiz/restart\""));
    }

    @Test
    void optionsKeepTheirOrderInAnAttemptAndAreShuffledForTheNext() {
        Browser learner = new Browser();
        AccountFlowTestSupport.signUp(learner);
        String first = learner.get(PAGE).asString();
        assertThat(learner.get(PAGE).asString()).isEqualTo(first);
        List<String> orders = new ArrayList<>();
        orders.add(optionOrder(first));
        for (int i = 0; i < 3; i++) {
            learner.submit(PAGE, PAGE + "/restart", Map.of()).then().statusCode(303);
            String page = learner.get(PAGE).asString();
            assertThat(page).contains("attempt " + (i + 2));
            orders.add(optionOrder(page));
        }
        assertThat(orders.stream().distinct().count()).isGreaterThan(1);
        // not every question shows its right option first
        assertThat(quiz().questions().stream()
                        .filter(q -> q.type() == Quiz.Type.CHOICE)
                        .filter(q -> !firstOptionOf(first, q.id()).equals(rightAnswer(q))))
                .isNotEmpty();
    }

    @Test
    void aNumericQuestionSaysThePrecisionItExpects() {
        Quiz.Question numeric = quiz().questions().stream()
                .filter(q -> q.type() == Quiz.Type.NUMERIC)
                .findFirst()
                .orElseThrow();
        new Browser()
                .get(PAGE)
                .then()
                .body(containsString("id=\"" + numeric.id() + "-precision\""))
                .body(containsString("aria-describedby=\"" + numeric.id() + "-precision\""))
                .body(not(containsString("The answer is")));
    }

    @Test
    void aRestartOfAQuizThatDoesNotExistIsNotFound() {
        Browser guest = new Browser();
        guest.submit(PAGE, "/learn/no-such-lesson/quiz/restart", Map.of())
                .then()
                .statusCode(404);
    }

    private static String section(String page, String questionId) {
        int start = page.indexOf("id=\"" + questionId + "\"");
        return page.substring(start, page.indexOf("</section>", start));
    }

    private static String optionOrder(String page) {
        List<String> values = new ArrayList<>();
        Matcher m = OPTION_VALUE.matcher(page);
        while (m.find()) {
            values.add(m.group(1));
        }
        return String.join(",", values);
    }

    private static String firstOptionOf(String page, String questionId) {
        Matcher m = OPTION_VALUE.matcher(section(page, questionId));
        return m.find() ? m.group(1) : "";
    }
}
