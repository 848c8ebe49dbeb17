package dev.prunelab.practice.rest;

import dev.prunelab.practice.AttemptView;
import dev.prunelab.practice.Draft;
import dev.prunelab.practice.PracticeQuestion;
import dev.prunelab.web.Json;
import jakarta.enterprise.context.ApplicationScoped;
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

    private final Json json;

    public WorkspaceData(Json json) {
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
        return json.scriptSafe(data);
    }
}
