package dev.prunelab.practice.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.prunelab.practice.AttemptView;
import dev.prunelab.practice.Draft;
import dev.prunelab.practice.PracticeQuestion;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The JSON the workspace script reads from the page ({@code <script type="application/json">}): the question, when
 * the server's draft was saved (to compare with the copy kept in the browser) and the score trend for the chart.
 * Characters that could end the script element are escaped.
 */
@ApplicationScoped
public class WorkspaceData {

    private final ObjectMapper json;

    public WorkspaceData(ObjectMapper json) {
        this.json = json;
    }

    public String json(PracticeQuestion question, Optional<Draft> draft, List<AttemptView> history) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("question", question.id());
        data.put("defaultMinutes", question.minutes());
        data.put("draftSavedAt", draft.map(d -> d.updatedAt.toEpochMilli()).orElse(0L));
        data.put(
                "trend",
                history.stream()
                        .map(a -> {
                            Map<String, Object> point = new LinkedHashMap<>();
                            point.put("id", a.id());
                            point.put("at", a.createdAt().toString());
                            point.put("overall", a.overall());
                            return point;
                        })
                        .toList());
        return scriptSafe(data);
    }

    /** JSON text safe inside a script element: {@code <}, {@code >} and {@code &} as Unicode escapes. */
    public String scriptSafe(Object value) {
        try {
            return json.writeValueAsString(value)
                    .replace("<", "\\u003c")
                    .replace(">", "\\u003e")
                    .replace("&", "\\u0026");
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
