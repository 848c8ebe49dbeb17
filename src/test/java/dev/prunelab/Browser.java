package dev.prunelab;

import static io.restassured.RestAssured.given;

import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A minimal browser for page tests: keeps cookies between requests and submits forms with the CSRF token the page
 * rendered, as a real browser would. Redirects are not followed, so tests can assert them.
 */
public final class Browser {

    private static final Pattern CSRF_FIELD = Pattern.compile("name=\"csrf-token\" value=\"([^\"]+)\"");

    private final Map<String, String> cookies = new HashMap<>();
    private final Map<String, String> headers = new HashMap<>();
    private String lastCsrfToken;

    /**
     * Sends every request as if from this client address (X-Forwarded-For), for tests whose profile trusts the header,
     * so per-address limits can be tried without the rest of the test run sharing the address.
     */
    public Browser from(String address) {
        headers.put("X-Forwarded-For", address);
        return this;
    }

    /** GET a page, remembering cookies and the CSRF token in its forms. */
    public Response get(String path) {
        Response response = request().get(path);
        remember(response);
        Matcher m = CSRF_FIELD.matcher(response.asString());
        if (m.find()) {
            lastCsrfToken = m.group(1);
        }
        return response;
    }

    /** Opens {@code formPage}, then submits a form to {@code action} with its CSRF token and the given fields. */
    public Response submit(String formPage, String action, Map<String, String> fields) {
        get(formPage);
        return post(action, fields, true);
    }

    /** POSTs a form, with or without the CSRF token last seen. */
    public Response post(String action, Map<String, String> fields, boolean withCsrfToken) {
        RequestSpecification spec = request().contentType("application/x-www-form-urlencoded");
        if (withCsrfToken && lastCsrfToken != null) {
            spec = spec.formParam("csrf-token", lastCsrfToken);
        }
        for (Map.Entry<String, String> field : fields.entrySet()) {
            spec = spec.formParam(field.getKey(), field.getValue());
        }
        Response response = spec.post(action);
        remember(response);
        return response;
    }

    /** A request carrying this browser's cookies, for JSON calls. */
    public RequestSpecification request() {
        return given().redirects().follow(false).cookies(cookies).headers(headers);
    }

    /** POSTs a JSON body, remembering cookies (an API call from a page's script). */
    public Response postJson(String path, Object body) {
        return call(r -> r.contentType("application/json").body(body).post(path));
    }

    /** POSTs to a JSON action that takes no body, remembering cookies. */
    public Response postJson(String path) {
        return call(r -> r.contentType("application/json").post(path));
    }

    /** PUTs a JSON body, remembering cookies. */
    public Response putJson(String path, Object body) {
        return call(r -> r.contentType("application/json").body(body).put(path));
    }

    /** Sends a request built on this browser's cookies and remembers the cookies it sets (for JSON calls). */
    public Response call(Function<RequestSpecification, Response> call) {
        Response response = call.apply(request());
        remember(response);
        return response;
    }

    public String cookie(String name) {
        return cookies.get(name);
    }

    public boolean hasCookie(String name) {
        return cookies.containsKey(name);
    }

    private void remember(Response response) {
        response.getDetailedCookies().asList().forEach(c -> {
            if (c.getValue() == null || c.getValue().isEmpty() || (c.hasMaxAge() && c.getMaxAge() == 0)) {
                cookies.remove(c.getName());
            } else {
                cookies.put(c.getName(), c.getValue());
            }
        });
    }
}
