package dev.prunelab.account;

import dev.prunelab.Browser;

/** Lets tests in other packages sign a fresh user up in a {@link Browser}. */
public final class AccountFlowTestSupport {
    private AccountFlowTestSupport() {}

    /** Signs up a new user and returns the username. */
    public static String signUp(Browser browser) {
        return AccountFlowTest.signUp(browser);
    }
}
