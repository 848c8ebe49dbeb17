package dev.prunelab.progress.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dev.prunelab.progress.Dashboard;

/** The dashboard as JSON for the page's charts (embedded as data, not as script) and for the API. */
final class DashboardJson {

    private static final ObjectMapper JSON = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .registerModule(new Jdk8Module())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    private DashboardJson() {}

    /** JSON safe to place inside a {@code <script type="application/json">} element. */
    static String of(Dashboard dashboard) {
        try {
            return JSON.writeValueAsString(dashboard)
                    .replace("<", "\\u003c")
                    .replace(">", "\\u003e")
                    .replace("&", "\\u0026");
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("The dashboard is always serialisable", e);
        }
    }
}
