package dev.prunelab;

import io.quarkus.runtime.configuration.MemorySize;
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

    /**
     * The address visitors use, e.g. {@code https://prunelab.example}: the only origin unsafe requests may come from,
     * and the base of links shown to be shared (pair-interview join links). Empty: redirects stay relative and unsafe
     * requests must come from the origin they were sent to.
     */
    Optional<URI> baseUrl();

    Content content();

    Security security();

    Lab lab();

    Practice practice();

    RateLimit rateLimit();

    Limits limits();

    Metrics metrics();

    /** Who may read {@code /q/metrics}. */
    interface Metrics {
        /**
         * A secret a Prometheus scrape sends as {@code Authorization: Bearer <token>}. Empty (the default): the endpoint
         * is not served on the public port.
         */
        Optional<String> token();
    }

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

        /**
         * Where the counts live: {@code memory} (each instance counts for itself) or {@code database} (in the
         * PostgreSQL table {@code rate_limit_bucket}, shared by every instance on that database; PostgreSQL only).
         */
        @WithDefault("memory")
        RateLimitStore store();
    }

    /** Where rate-limit counts are kept. */
    enum RateLimitStore {
        MEMORY,
        DATABASE
    }

    /** Accounts and sessions. */
    interface Security {
        /**
         * Mark cookies Secure (sent over HTTPS only). Unset (the default): Secure exactly when the request came over
         * HTTPS, so plain HTTP on a LAN works; set true behind a proxy that ends TLS without forwarding the scheme.
         */
        Optional<Boolean> secureCookies();

        /** How long a sign-in lasts. */
        @WithDefault("30")
        int sessionDays();

        /** A session not used for this long ends (each use restarts the clock). */
        @WithDefault("14d")
        Duration sessionIdleTimeout();

        /** How often ended sessions are deleted from the database. */
        @WithDefault("1h")
        String sessionPurgeEvery();

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

    /**
     * What one visitor may take of the server: guest learners and their writes, rows kept per learner, sign-in and
     * sign-up work, live event streams and free disk (see security.md, "Limits").
     */
    interface Limits {
        /** Guest learners (a browser without an account writing for the first time) per client address and window. */
        @WithDefault("20")
        int guestLearners();

        /** The window for {@link #guestLearners()}. */
        @WithDefault("1h")
        Duration guestLearnerWindow();

        /** Writes by visitors who are not signed in, per client address and window. */
        @WithDefault("600")
        int guestWrites();

        /** The window for {@link #guestWrites()}. */
        @WithDefault("10m")
        Duration guestWriteWindow();

        /** A guest learner not seen for this long is deleted with everything it stored. */
        @WithDefault("30d")
        Duration guestIdle();

        /** Graded attempts one learner may keep. */
        @WithDefault("2000")
        int attempts();

        /** Characters of answer text one learner may keep across attempts and drafts. */
        @WithDefault("4000000")
        long answerChars();

        /** Experiments one learner may keep. */
        @WithDefault("1000")
        int experiments();

        /** Mock interview sessions one learner may keep. */
        @WithDefault("500")
        int interviews();

        /** Failed sign-ins per client address and window, whatever the usernames (password spraying). */
        @WithDefault("30")
        int failedLoginsPerAddress();

        /** The window for {@link #failedLoginsPerAddress()}. */
        @WithDefault("15m")
        Duration failedLoginWindow();

        /** Accounts created per client address and window. */
        @WithDefault("5")
        int signUps();

        /** The window for {@link #signUps()}. */
        @WithDefault("1h")
        Duration signUpWindow();

        /**
         * Password hashes computed or checked at once (bcrypt takes a core for about 0.1 s); a sign-in or sign-up
         * beyond it is refused at once with 503 rather than queued. 0 means half the cores, at least 1.
         */
        @WithDefault("0")
        int passwordChecks();

        /** Live event streams (experiment progress, interview updates) one learner may keep open at once. */
        @WithDefault("6")
        int streamsPerLearner();

        /**
         * Free space below which writes are refused with 503 and the readiness check is DOWN, measured on the volume
         * of the data directory (bytes; suffixes K, M, G).
         */
        @WithDefault("512M")
        MemorySize diskMinFree();
    }
}
