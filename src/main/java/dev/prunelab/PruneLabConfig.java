package dev.prunelab;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.nio.file.Path;
import java.util.Optional;

/** PruneLab's own settings ({@code prunelab.*} in application.properties or {@code PRUNELAB_*} variables). */
@ConfigMapping(prefix = "prunelab")
public interface PruneLabConfig {

    /** Where the embedded database and other data files live. */
    @WithDefault("./data")
    Path dataDir();

    Content content();

    Security security();

    /** Where the curriculum comes from. */
    interface Content {
        /**
         * A directory to read content from instead of the copy packaged in the app (for authoring).
         * Empty: the packaged copy.
         */
        Optional<Path> dir();

        /** Reload changed content from {@link #dir()} while running (on in dev mode). */
        @WithDefault("false")
        boolean reload();
    }

    /** Accounts and sessions. */
    interface Security {
        /** Mark cookies Secure (sent over HTTPS only); on in the prod profile. */
        @WithDefault("false")
        boolean secureCookies();

        /** How long a sign-in lasts. */
        @WithDefault("30")
        int sessionDays();

        /** Usernames that get the admin role when they sign up. */
        Optional<java.util.List<String>> admins();

        /** Failed sign-in attempts allowed per client address and username within the window. */
        @WithDefault("5")
        int loginAttempts();

        /** The window for {@link #loginAttempts()}, in seconds. */
        @WithDefault("300")
        int loginWindowSeconds();
    }
}
