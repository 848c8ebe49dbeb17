package dev.prunelab;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.Map;

/**
 * Per-visitor limits low enough to reach in a few requests, and X-Forwarded-For trusted, so each test counts against
 * an address of its own ({@link Browser#from(String)}). Test classes using it share one start of the app.
 */
public class TightLimitsProfile implements QuarkusTestProfile {

    public static final int GUEST_LEARNERS = 3;
    public static final int GUEST_WRITES = 8;
    public static final int FAILED_LOGINS_PER_ADDRESS = 4;
    public static final int SIGN_UPS = 2;
    public static final int ANSWER_CHARS = 30_000;
    public static final int INTERVIEWS = 2;

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.ofEntries(
                Map.entry("quarkus.http.proxy.proxy-address-forwarding", "true"),
                Map.entry("quarkus.http.proxy.allow-x-forwarded", "true"),
                Map.entry("prunelab.limits.guest-learners", String.valueOf(GUEST_LEARNERS)),
                Map.entry("prunelab.limits.guest-writes", String.valueOf(GUEST_WRITES)),
                Map.entry("prunelab.limits.failed-logins-per-address", String.valueOf(FAILED_LOGINS_PER_ADDRESS)),
                Map.entry("prunelab.limits.sign-ups", String.valueOf(SIGN_UPS)),
                Map.entry("prunelab.limits.answer-chars", String.valueOf(ANSWER_CHARS)),
                Map.entry("prunelab.limits.interviews", String.valueOf(INTERVIEWS)));
    }
}
