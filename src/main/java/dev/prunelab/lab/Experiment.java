package dev.prunelab.lab;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** One experiment a learner asked for: its spec (JSON), status, and once done its result (JSON). */
@Entity
@Table(name = "experiment")
public class Experiment extends PanacheEntityBase {

    private static final List<ExperimentStatus> IN_FLIGHT = List.of(ExperimentStatus.QUEUED, ExperimentStatus.RUNNING);

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "learner_id", nullable = false)
    public Long learnerId;

    /** The preset it started from, or null for a custom experiment. */
    @Column(length = 40)
    public String preset;

    @Column(nullable = false, length = 200)
    public String title;

    /** The complete spec as canonical JSON. */
    @Column(nullable = false, length = 20000)
    public String spec;

    /** SHA-256 of {@link #spec}: the result cache key (the seed is part of the spec). */
    @Column(name = "spec_hash", nullable = false, length = 64)
    public String specHash;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    public ExperimentStatus status;

    /** Whether the result was copied from an earlier identical run instead of computed. */
    @Column(nullable = false)
    public boolean cached;

    /** The result as JSON, once done. */
    @Column(length = 1000000)
    public String result;

    /** Why it failed, was cancelled or interrupted. */
    @Column(length = 1000)
    public String error;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "started_at")
    public Instant startedAt;

    @Column(name = "finished_at")
    public Instant finishedAt;

    /** The app instance ({@link LabInstance}) that claimed it from the queue and runs or ran it; null while queued. */
    @Column(length = 100)
    public String runner;

    /** When its runner last said it is still running it; a stale heartbeat lets another instance take it over. */
    @Column(name = "heartbeat_at")
    public Instant heartbeatAt;

    /** A cancel was asked for while it ran: its runner stops it at its next heartbeat. */
    @Column(name = "cancel_requested", nullable = false)
    public boolean cancelRequested;

    /** How many times an instance claimed it (more than once when its instance died and another took it over). */
    @Column(nullable = false)
    public int attempts;

    /**
     * The client address of a visitor who was not signed in when they submitted it, for the in-flight limit per
     * address; null for a signed-in learner's.
     */
    @Column(name = "client_address", length = 64)
    public String clientAddress;

    /** The index of the answer the learner predicted for the preset's question, or null. */
    public Integer prediction;

    /** How long the computation took (0 for a cached result). */
    @Column(name = "run_millis")
    public Long runMillis;

    /** The learner's experiment, empty if it does not exist or belongs to someone else. */
    public static Optional<Experiment> findOwned(long id, long learnerId) {
        return find("id = ?1 and learnerId = ?2", id, learnerId).firstResultOptional();
    }

    /** The learner's experiments, newest first. */
    public static List<Experiment> forLearner(long learnerId, int limit) {
        return find("learnerId = ?1 order by createdAt desc, id desc", learnerId)
                .page(0, limit)
                .list();
    }

    /** A finished run of the same spec, whoever ran it (results hold no personal data). */
    public static Optional<Experiment> doneWithSpec(String specHash) {
        return find("specHash = ?1 and status = ?2 and cached = false order by id", specHash, ExperimentStatus.DONE)
                .firstResultOptional();
    }

    /** The learner's experiments queued or running now. */
    public static long inFlightOf(long learnerId) {
        return count("learnerId = ?1 and status in ?2", learnerId, IN_FLIGHT);
    }

    /** The experiments queued or running now that visitors who were not signed in submitted from the address. */
    public static long inFlightFrom(String clientAddress) {
        return count("clientAddress = ?1 and status in ?2", clientAddress, IN_FLIGHT);
    }

    public static List<Experiment> unfinished() {
        return list("status in ?1", IN_FLIGHT);
    }
}
