package dev.prunelab.web;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import dev.prunelab.Browser;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** With less free disk than the floor, writes get 503 with a clear message and readiness is DOWN; reading goes on. */
@QuarkusTest
@TestProfile(DiskGuardTest.DiskBelowFloor.class)
class DiskGuardTest {

    /** A floor no disk reaches: the app believes its disk is nearly full. */
    public static class DiskBelowFloor implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("prunelab.limits.disk-min-free", "1000000G");
        }
    }

    @Test
    void anApiWriteGets503ProblemJsonNamingTheDisk() {
        new Browser()
                .call(r -> r.contentType(ContentType.JSON)
                        .body(Map.of("answer", "Pruning removes weights."))
                        .put("/api/practice/questions/model-pruning/draft"))
                .then()
                .statusCode(503)
                .contentType("application/problem+json")
                .header("Retry-After", "300")
                .body("detail", containsString("low on disk space"))
                .body("detail", containsString("what you have saved is safe"));
    }

    @Test
    void aFormPostGetsAn503PageAndPagesStillRead() {
        Browser browser = new Browser();
        browser.get("/").then().statusCode(200);
        browser.post("/signup", Map.of("username", "disk-full", "password", "x"), false)
                .then()
                .statusCode(503)
                .contentType(containsString("text/html"))
                .body(containsString("low on disk space"));
    }

    @Test
    void readinessIsDownWithTheDiskCheck() {
        RestAssured.get("/q/health/ready")
                .then()
                .statusCode(503)
                .body("checks.name", hasItem("disk"))
                .body("checks.find { it.name == 'disk' }.status", equalTo("DOWN"));
    }
}
