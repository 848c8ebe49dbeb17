package dev.prunelab.account.rest;

/** Gives tests in other packages access to package-private helpers of the account resources. */
public final class AccountResourceAccess {
    private AccountResourceAccess() {}

    public static String safeNext(String next) {
        return AccountResource.safeNext(next);
    }
}
