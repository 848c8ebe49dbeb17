package dev.prunelab.account;

import dev.prunelab.Browser;
import java.util.Map;

/** Lets tests in other packages sign a fresh user up in a {@link Browser}. */
public final class AccountFlowTestSupport {
    private AccountFlowTestSupport() {}

    /** Signs up a new user and returns the username. */
    public static String signUp(Browser browser) {
        return AccountFlowTest.signUp(browser);
    }

    /** A browser signed in as the test administrator ({@code prunelab.security.admins} names it in tests). */
    public static Browser admin() {
        Browser admin = new Browser();
        Map<String, String> form = Map.of("username", "admin-tester", "password", AccountFlowTest.PASSWORD);
        if (admin.submit("/signup", "/signup", form).statusCode() != 303) {
            admin.submit("/login", "/login", form).then().statusCode(303);
        }
        return admin;
    }
}
