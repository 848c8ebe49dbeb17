package dev.prunelab.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The site's origin: the configured base URL when there is one, never a Host header it does not name. */
class SiteOriginTest {

    private static final Optional<String> BASE =
            Optional.of(SiteOrigin.originOf(URI.create("https://prunelab.example/")));

    @Test
    void theBaseUrlIsTheOnlyOriginWhenConfigured() {
        assertThat(SiteOrigin.expected(BASE, "http", "10.0.0.5:8080")).isEqualTo("https://prunelab.example");
        assertThat(SiteOrigin.expected(BASE, "http", "rebound.evil.example")).isEqualTo("https://prunelab.example");
    }

    @Test
    void withoutABaseUrlTheRequestsOwnOriginCounts() {
        assertThat(SiteOrigin.expected(Optional.empty(), "http", "192.168.1.20:8080"))
                .isEqualTo("http://192.168.1.20:8080");
        assertThat(SiteOrigin.expected(Optional.empty(), "https", "Example.org:443"))
                .isEqualTo("https://example.org");
        assertThat(SiteOrigin.expected(Optional.empty(), "http", "bad host\r\n"))
                .isEqualTo("unknown:");
    }

    @Test
    void originsAreComparedWithoutDefaultPortsOrCase() {
        assertThat(SiteOrigin.originOf(URI.create("HTTPS://PruneLab.example:443/x")))
                .isEqualTo("https://prunelab.example");
        assertThat(SiteOrigin.originOf(URI.create("http://localhost:8080"))).isEqualTo("http://localhost:8080");
    }

    @Test
    void sharedLinksUseTheBaseUrl() {
        URI requestBase = URI.create("http://attacker-chosen-host/");
        assertThat(new SiteOrigin(BASE).absolute(requestBase, "/interview/join/abc"))
                .isEqualTo("https://prunelab.example/interview/join/abc");
        assertThat(new SiteOrigin(Optional.empty()).absolute(URI.create("http://lan-box:8080/"), "/interview/join/abc"))
                .isEqualTo("http://lan-box:8080/interview/join/abc");
    }

    @Test
    void redirectsLoseTheRequestsHost() {
        assertThat(SiteOrigin.rewriteLocation("http://evil.example/progress", "http://evil.example", Optional.empty()))
                .isEqualTo("/progress");
        assertThat(SiteOrigin.rewriteLocation("http://evil.example/progress", "http://evil.example", BASE))
                .isEqualTo("https://prunelab.example/progress");
        assertThat(SiteOrigin.rewriteLocation("https://elsewhere.example/x", "http://evil.example", Optional.empty()))
                .isEqualTo("https://elsewhere.example/x");
    }
}
