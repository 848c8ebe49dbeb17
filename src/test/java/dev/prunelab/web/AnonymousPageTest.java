package dev.prunelab.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.prunelab.Browser;
import dev.prunelab.account.AccountFlowTestSupport;
import dev.prunelab.content.rest.LearnResource;
import dev.prunelab.lab.rest.LabResource;
import io.quarkus.arc.Arc;
import io.quarkus.test.junit.QuarkusTest;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Pages served from memory to visitors who are not signed in, through the real resources. */
@QuarkusTest
class AnonymousPageTest {

    private static final Pattern FORM_TOKEN = Pattern.compile("name=\"csrf-token\" value=\"([^\"]+)\"");
    private static final String LESSON = "/learn/magnitude-pruning";

    private static String token(String page) {
        Matcher m = FORM_TOKEN.matcher(page);
        assertThat(m.find()).as("the page has a form with a CSRF token").isTrue();
        return m.group(1);
    }

    private static String withoutToken(String page) {
        return page.replaceAll("name=\"csrf-token\" value=\"[^\"]*\"", "name=\"csrf-token\" value=\"\"");
    }

    @Test
    void thePageResourcesAreIntercepted() {
        for (Class<?> resource : new Class<?>[] {LearnResource.class, LabResource.class}) {
            assertThat(Arc.container().instance(resource).get().getClass().getName())
                    .as(resource.getSimpleName() + " runs through the page cache")
                    .endsWith("_Subclass");
        }
    }

    @Test
    void everyAnonymousVisitorReadsTheSamePage() {
        String first =
                new Browser().get(LESSON).then().statusCode(200).extract().asString();
        String second =
                new Browser().get(LESSON).then().statusCode(200).extract().asString();

        // the same page but for each visitor's own CSRF token in its forms (Mark as complete)
        assertThat(withoutToken(second)).isEqualTo(withoutToken(first)).contains("Sign in");
        assertThat(token(first)).isNotEqualTo(token(second));
    }

    @Test
    void aCachedPageWithFormsCarriesEachVisitorsOwnToken() {
        String first =
                new Browser().get("/lab").then().statusCode(200).extract().asString();
        String second =
                new Browser().get("/lab").then().statusCode(200).extract().asString();
        String firstToken = token(first);
        String secondToken = token(second);

        assertThat(secondToken).isNotEqualTo(firstToken);
        assertThat(second).doesNotContain(firstToken).isEqualTo(first.replace(firstToken, secondToken));
    }

    @Test
    void aSignedInVisitorGetsTheirOwnPage() {
        new Browser().get(LESSON);
        Browser user = new Browser();
        String name = AccountFlowTestSupport.signUp(user);

        assertThat(user.get(LESSON).then().statusCode(200).extract().asString())
                .contains(name)
                .doesNotContain(">Sign in<");
    }

    @Test
    void aMissingPageIsStillA404() {
        new Browser().get("/learn/no-such-lesson").then().statusCode(404);
        new Browser().get("/learn/no-such-lesson").then().statusCode(404);
    }
}
