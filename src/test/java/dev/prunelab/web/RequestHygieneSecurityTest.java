package dev.prunelab.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import dev.prunelab.Browser;
import dev.prunelab.account.AccountFlowTestSupport;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Every HTML form endpoint answers malformed requests with a 4xx, never a 5xx: JSON, text and empty bodies, a form of
 * more than 1,000 fields, and {@code next=} values with spaces or control characters.
 */
@QuarkusTest
class RequestHygieneSecurityTest {

    private static final Pattern TOKEN = Pattern.compile("name=\"csrf-token\" value=\"([^\"]+)\"");

    /** Every {@code @POST} path of the page resources (the {@code *Resource} classes), path parameters filled in. */
    static List<String> formEndpoints() {
        List<String> paths = new ArrayList<>();
        for (JavaClass resource : new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("dev.prunelab")) {
            if (!resource.getSimpleName().endsWith("Resource") || !resource.isAnnotatedWith(Path.class)) {
                continue;
            }
            String base = resource.getAnnotationOfType(Path.class).value();
            for (JavaMethod method : resource.getMethods()) {
                if (method.isAnnotatedWith(POST.class)) {
                    String sub = method.isAnnotatedWith(Path.class)
                            ? method.getAnnotationOfType(Path.class).value()
                            : "";
                    String path = (base + "/" + sub).replaceAll("/+", "/").replaceAll("/$", "");
                    paths.add(path.replaceAll("\\{[^}]+}", "1"));
                }
            }
        }
        return paths;
    }

    @Test
    void everyFormEndpointIsFound() {
        assertThat(formEndpoints())
                .contains("/signup", "/login", "/logout", "/account/delete", "/interview/1/hint", "/lab/run")
                .hasSizeGreaterThan(20);
    }

    @Test
    void jsonTextAndEmptyBodiesGet4xx() {
        Browser browser = new Browser();
        AccountFlowTestSupport.signUp(browser);
        Map<String, Function<String, Response>> probes = Map.of(
                "json",
                        path -> browser.call(r -> r.contentType("application/json")
                                .body("{\"a\":1}")
                                .post(path)),
                "text",
                        path -> browser.call(
                                r -> r.contentType("text/plain").body("a=1").post(path)),
                "empty", path -> browser.call(r -> r.noContentType().post(path)),
                "empty form",
                        path -> browser.call(r -> r.contentType("application/x-www-form-urlencoded")
                                .body("")
                                .post(path)));
        for (String path : formEndpoints()) {
            probes.forEach((probe, send) -> {
                Response response = send.apply(path);
                assertThat(response.statusCode()).as(probe + " " + path).isBetween(400, 499);
            });
        }
        assertThat(browser.get("/account").statusCode()).as("still signed in").isEqualTo(200);
    }

    @Test
    void aFormOfMoreThanAThousandFieldsGets4xx() {
        Browser browser = new Browser();
        AccountFlowTestSupport.signUp(browser);
        Matcher token = TOKEN.matcher(browser.get("/account").asString());
        assertThat(token.find()).isTrue();
        StringBuilder body = new StringBuilder("csrf-token=").append(token.group(1));
        for (int i = 0; i < 1_200; i++) {
            body.append("&f").append(i).append("=x");
        }
        for (String path : formEndpoints()) {
            Response response = browser.call(r -> r.contentType("application/x-www-form-urlencoded")
                    .body(body.toString())
                    .post(path));
            assertThat(response.statusCode()).as(path).isBetween(400, 499);
        }
    }

    @Test
    void aNextWithSpacesOrControlCharactersIsRefusedBeforeTheAccountIsCreated() {
        for (String next : List.of("/progress now", "/learn\tx", "/learn\r\nSet-Cookie: a=b", "/a\u0000b", "/%zz")) {
            String name = "n" + Long.toHexString(System.nanoTime());
            Response signup = new Browser()
                    .submit(
                            "/signup",
                            "/signup",
                            Map.of("username", name, "password", "correct horse battery", "next", next));
            assertThat(signup.statusCode()).as(next).isEqualTo(400);
            assertThat(signup.asString()).contains("must be a path on this site");
            Response login = new Browser()
                    .submit("/login", "/login", Map.of("username", name, "password", "correct horse battery"));
            assertThat(login.statusCode())
                    .as("no account was created for " + next)
                    .isEqualTo(401);
            Response loginWithNext = new Browser()
                    .submit(
                            "/login",
                            "/login",
                            Map.of("username", name, "password", "correct horse battery", "next", next));
            assertThat(loginWithNext.statusCode()).as(next).isEqualTo(400);
        }
        assertThat(new Browser().get("/signup?next=%2Fprogress%20now").asString())
                .contains("name=\"next\" value=\"/progress\"");
    }
}
