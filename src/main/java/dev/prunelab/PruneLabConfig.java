package dev.prunelab;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/** PruneLab's own settings ({@code prunelab.*} in application.properties or {@code PRUNELAB_*} variables). */
@ConfigMapping(prefix = "prunelab")
public interface PruneLabConfig {

    /** Where the embedded database and other data files live. */
    @WithDefault("./data")
    Path dataDir();

    Content content();

    Security security();

    Lab lab();

    Practice practice();

    RateLimit rateLimit();

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

    /**
     * What every rate limit shares. The limits themselves are set with the feature they guard
     * ({@code security.login-attempts}, {@code lab.anonymous-runs}, {@code practice.feedback-requests}).
     */
    interface RateLimit {
        /**
         * Clients (addresses, or address and username for sign-in) each limit keeps counts for at once; beyond it the
         * least likely to come back are forgotten first, so a flood of addresses cannot grow the memory without bound.
         */
        @WithDefault("100000")
        long maxClients();
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
        Optional<List<String>> admins();

        /** Failed sign-in attempts allowed per client address and username within the window. */
        @WithDefault("5")
        int loginAttempts();

        /** The window for {@link #loginAttempts()}, in seconds. */
        @WithDefault("300")
        int loginWindowSeconds();
    }

    /** The pruning lab: how many experiments run at once, how many may wait, and how big one may be. */
    interface Lab {
        /** Worker threads running experiments; 0 means half the cores, at least 1 (1 on a 2-core machine). */
        @WithDefault("0")
        int workers();

        /**
         * Nice value (1–19) the worker threads give themselves on Linux so page requests win the cores from
         * experiments; 0 leaves them at normal priority.
         */
        @WithDefault("10")
        int workerNice();

        /** Experiments that may wait for a worker; when full, submissions get 429 with Retry-After. */
        @WithDefault("8")
        int queueCapacity();

        /** Wall-clock budget of one experiment in seconds; a run over it is stopped and marked failed. */
        @WithDefault("60")
        int timeBudgetSeconds();

        /**
         * Wall-clock budget of one transformer experiment (model minilm) in seconds: its presets take up to 90 s on
         * two quiet cores, and the first one also reads the 90 MB model.
         */
        @WithDefault("180")
        int transformerTimeBudgetSeconds();

        /** Largest training or fine-tuning epoch count an experiment may ask for. */
        @WithDefault("30")
        int maxEpochs();

        /** Largest width of one hidden layer. */
        @WithDefault("512")
        int maxHiddenUnits();

        /** Largest number of data rows an experiment may use. */
        @WithDefault("10000")
        int maxRows();

        /** Experiments a visitor who is not signed in may start per client address within the window. */
        @WithDefault("20")
        int anonymousRuns();

        /** The window for {@link #anonymousRuns()}, in seconds. */
        @WithDefault("600")
        int anonymousWindowSeconds();

        /** Experiments one learner may have queued or running at once; the next is refused (429) until one ends. */
        @WithDefault("2")
        int inFlightPerLearner();

        /**
         * Experiments visitors who are not signed in may have queued or running at once from one client address,
         * whatever guest cookies they send (signed-in learners count per learner only).
         */
        @WithDefault("2")
        int inFlightPerAddress();

        /**
         * Seconds after which a running experiment whose instance stopped renewing its heartbeat (renewed every second)
         * is taken over: queued again for any instance, or marked interrupted after its second attempt.
         */
        @WithDefault("15")
        int takeoverSeconds();

        /**
         * This app instance's name in the experiments it runs, for several instances sharing one database: each renews
         * the heartbeat of its own and marks only those interrupted when it stops. Default: host name and HTTP port.
         */
        Optional<String> instance();
    }

    /** Practice feedback: the optional external LLM and the limit on anonymous {@code POST /api/feedback}. */
    interface Practice {
        Llm llm();

        /** Anonymous {@code POST /api/feedback} requests allowed per client address within the window. */
        @WithDefault("30")
        int feedbackRequests();

        /** The window for {@link #feedbackRequests()}. */
        @WithDefault("60s")
        Duration feedbackWindow();
    }

    /**
     * An OpenAI-compatible chat-completions endpoint whose notes are shown beside the deterministic feedback.
     * Off unless {@link #baseUrl()} is set.
     */
    interface Llm {
        /** The API base, e.g. {@code https://llm.example/v1}; empty (the default) turns the LLM off. */
        Optional<URI> baseUrl();

        /** The model name sent with each request. */
        @WithDefault("gpt-4o-mini")
        String model();

        /** Sent as a bearer token; empty for none. */
        Optional<String> apiKey();

        /** The most one call may take; after it the deterministic notes stand alone. */
        @WithDefault("10s")
        Duration timeout();
    }
}
