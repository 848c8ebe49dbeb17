package dev.prunelab.lab;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.prunelab.PruneLabConfig;
import dev.prunelab.account.CurrentLearner;
import dev.prunelab.account.RowQuota;
import dev.prunelab.content.ContentService;
import dev.prunelab.content.LabPreset;
import dev.prunelab.lab.result.ExperimentResult;
import dev.prunelab.lab.result.Takeaways;
import dev.prunelab.lab.run.RunProgress;
import dev.prunelab.lab.spec.Compare;
import dev.prunelab.lab.spec.ExperimentRequest;
import dev.prunelab.lab.spec.ExperimentSpec;
import dev.prunelab.lab.spec.Presets;
import dev.prunelab.lab.spec.SpecResolver;
import dev.prunelab.lab.spec.SpecRules;
import dev.prunelab.lab.spec.Sweep;
import dev.prunelab.web.InvalidInput;
import dev.prunelab.web.RateLimiter;
import dev.prunelab.web.RateLimiters;
import dev.prunelab.web.Rejected;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.smallrye.mutiny.Multi;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The lab as the current visitor sees it: submit an experiment (validated, served from the cache when the same spec
 * and seed ran before, rate limited for visitors who are not signed in, queued), follow it, cancel it, list it.
 * Another learner's experiment does not exist for this visitor.
 */
@ApplicationScoped
public class ExperimentService {

    static final int HISTORY_LIMIT = 100;
    /** How often, and how many times, an event stream looks whether a worker here has claimed its experiment. */
    private static final Duration CLAIM_LOOK = Duration.ofMillis(50);

    private static final int CLAIM_LOOKS = 40;

    private final CurrentLearner current;
    private final ExperimentStore store;
    private final LabJobs jobs;
    /** Experiments a visitor who is not signed in may start per address and window (stored results are free). */
    private final RateLimiter anonymousRuns;

    private final InFlightLimits inFlight;
    private final SpecRules.Budget budget;
    private final ObjectMapper json;
    private final ContentService content;
    private final LabMetrics metrics;

    private final int maxExperiments;

    public ExperimentService(
            CurrentLearner current,
            ExperimentStore store,
            LabJobs jobs,
            RateLimiters limiters,
            ObjectMapper json,
            ContentService content,
            LabMetrics metrics,
            PruneLabConfig config) {
        this.current = current;
        this.store = store;
        this.jobs = jobs;
        this.anonymousRuns = limiters.limiter(
                "anonymous-runs",
                config.lab().anonymousRuns(),
                Duration.ofSeconds(config.lab().anonymousWindowSeconds()));
        PruneLabConfig.Lab lab = config.lab();
        this.inFlight = new InFlightLimits(lab);
        this.budget = new SpecRules.Budget(lab.maxEpochs(), lab.maxHiddenUnits(), lab.maxRows());
        this.json = json;
        this.content = content;
        this.metrics = metrics;
        this.maxExperiments = config.limits().experiments();
    }

    /** The presets of the current content, with the spec each runs. */
    public Presets presets() {
        return Presets.of(content.catalog());
    }

    /** A request merged with its preset and checked within the lab's budgets. */
    public SpecResolver.Resolution resolve(ExperimentRequest request) {
        return SpecResolver.resolve(request, presets(), budget);
    }

    /**
     * Starts an experiment for the current visitor.
     *
     * @param clientAddress who is asking, for the anonymous rate limit
     * @param prediction    the index of the answer predicted to the preset's question, or null
     * @throws InvalidInput naming every bad field of the request
     * @throws LabFullException when the queue is full or the visitor's runs are used up
     */
    public ExperimentView submit(ExperimentRequest request, String clientAddress, Integer prediction) {
        return submit(resolve(request).orThrow(), clientAddress, prediction);
    }

    /**
     * Starts a checked experiment for the current visitor.
     *
     * @param prediction the index of the answer predicted to the preset's question, or null
     * @throws InvalidInput naming {@code prediction} when it is not one of the preset's answers
     * @throws LabFullException when the queue is full or the visitor's runs are used up
     */
    public ExperimentView submit(ExperimentSpec spec, String clientAddress, Integer prediction) {
        checkPrediction(spec, prediction);
        String canonical = canonical(spec);
        String specHash = sha256(canonical);
        Optional<Experiment> done = Experiment.doneWithSpec(specHash);
        if (done.isPresent()) {
            metrics.cached();
            Experiment experiment = newExperiment(spec, canonical, specHash, prediction);
            return view(store.storeCached(experiment, done.get(), score(done.get())), null, true);
        }
        Optional<String> guestAddress = current.signedIn() ? Optional.empty() : Optional.of(clientAddress);
        Experiment experiment;
        // the counts and the new row in one step, so two quick submissions cannot both take the last place
        synchronized (inFlight) {
            try {
                inFlight.check(current.findId(), guestAddress);
            } catch (LabFullException e) {
                metrics.rejected(LabMetrics.Rejection.IN_FLIGHT);
                throw e;
            }
            if (guestAddress.isPresent()) {
                Optional<Duration> wait = anonymousRuns.acquire(clientAddress);
                if (wait.isPresent()) {
                    metrics.rejected(LabMetrics.Rejection.RATE_LIMITED);
                    throw LabFullException.allowanceUsed(anonymousRuns, wait.get());
                }
            }
            // room in the queue first: a full lab turns the submission away before anything is written (no learner,
            // no row)
            try {
                jobs.reserve();
            } catch (LabFullException e) {
                metrics.rejected(LabMetrics.Rejection.QUEUE_FULL);
                throw e;
            }
            experiment = newExperiment(spec, canonical, specHash, prediction);
            experiment.clientAddress = guestAddress.orElse(null);
            store.persist(experiment); // committed: from now on any instance's worker may claim it
        }
        jobs.queued();
        metrics.submitted();
        return view(
                experiment,
                jobs.latest(experiment.id).map(ExperimentEvent::progress).orElse(null),
                false);
    }

    /** A new queued experiment of the current visitor (who becomes a learner now if needed). */
    private Experiment newExperiment(ExperimentSpec spec, String canonical, String specHash, Integer prediction) {
        Experiment experiment = new Experiment();
        experiment.learnerId = current.require().id;
        RowQuota.check(
                "experiments",
                Experiment.count("learnerId", experiment.learnerId),
                1,
                maxExperiments,
                "prunelab.limits.experiments");
        experiment.preset = spec.preset();
        experiment.title = title(spec);
        experiment.spec = canonical;
        experiment.specHash = specHash;
        experiment.status = ExperimentStatus.QUEUED;
        experiment.createdAt = Instant.now();
        experiment.prediction = prediction;
        return experiment;
    }

    /** A prediction answers the question of the preset the spec started from, by the index of one of its choices. */
    private void checkPrediction(ExperimentSpec spec, Integer prediction) {
        if (prediction == null) {
            return;
        }
        Optional<LabPreset> preset = Optional.ofNullable(spec.preset())
                .flatMap(id -> content.catalog().preset(id));
        if (preset.isEmpty()) {
            throw InvalidInput.of(
                    "prediction", "only a preset asks for a prediction; leave it out for a custom experiment");
        }
        LabPreset.Prediction question = preset.get().prediction();
        if (question.choice(prediction).isEmpty()) {
            throw InvalidInput.of(
                    "prediction",
                    "must be the index of one of the preset's "
                            + question.choices().size() + " answers, 0 to "
                            + (question.choices().size() - 1));
        }
    }

    /** An experiment as the API shows it; a finished one with its result carries its takeaways. */
    private ExperimentView view(Experiment e, RunProgress progress, boolean withResult) {
        List<String> takeaways =
                withResult && e.result != null ? Takeaways.of(read(e.result, ExperimentResult.class)) : null;
        return ExperimentView.of(e, progress, withResult, takeaways);
    }

    /** The current visitor's experiment with its result or progress. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<ExperimentView> find(long id) {
        return owned(id)
                .map(e -> view(e, jobs.latest(id).map(ExperimentEvent::progress).orElse(null), true));
    }

    /** The stored request of the visitor's experiment (only the fields that ran), to change a setting. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<ExperimentRequest> request(long id) {
        return owned(id).map(e -> read(e.spec, ExperimentRequest.class));
    }

    /**
     * The visitor's experiment as it ran, to show or run again. It was checked when it was submitted, so only the
     * data sets' sizes bound it now: budgets configured smaller since do not hide it.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<ExperimentSpec> spec(long id) {
        return request(id)
                .map(stored -> SpecResolver.resolve(stored, presets(), SpecRules.Budget.UNLIMITED)
                        .orThrow());
    }

    /** The current visitor's experiments, newest first, without results. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<ExperimentView> history() {
        return current.findId()
                .map(learner -> Experiment.forLearner(learner, HISTORY_LIMIT).stream()
                        .map(e -> view(
                                e,
                                jobs.latest(e.id).map(ExperimentEvent::progress).orElse(null),
                                false))
                        .toList())
                .orElse(List.of());
    }

    /**
     * Cancels the visitor's queued or running experiment, wherever it runs, without waiting for it: a queued one is
     * cancelled at once, a running one shows "cancelling" until its run stops (about a second at most).
     *
     * @throws Rejected a conflict when it has finished already
     */
    public Optional<ExperimentView> cancel(long id) {
        Optional<ExperimentView> found = find(id);
        if (found.isEmpty()) {
            return found;
        }
        if (found.get().isFinal()) {
            throw Rejected.conflict(
                    "Experiment " + id + " has already finished (" + found.get().status() + ").");
        }
        jobs.cancel(id);
        // read again in a new session: the row read above may have been ended by the worker since
        return QuarkusTransaction.requiringNew().call(() -> find(id));
    }

    /**
     * The visitor's experiment's events: live while it runs here, or once a worker here claims it within a couple of
     * seconds; as published by the instance running it when that is another; else its state now, after which the
     * stream ends and the browser asks again (it still waits for a worker, or has finished).
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<Multi<ExperimentEvent>> events(long id) {
        return owned(id)
                .map(e -> jobs.events(id).orElseGet(() -> switch (e.status) {
                    case QUEUED -> followOnceClaimed(id);
                    case RUNNING -> jobs.elsewhere(id, stateOf(e));
                    default -> Multi.createFrom().item(stateOf(e));
                }));
    }

    /** A queued experiment is usually claimed here at once: follow it live then, or send its state after a while. */
    private Multi<ExperimentEvent> followOnceClaimed(long id) {
        return Multi.createFrom()
                .ticks()
                .every(CLAIM_LOOK)
                .select()
                .first(CLAIM_LOOKS)
                .map(tick -> jobs.events(id))
                .filter(Optional::isPresent)
                .select()
                .first()
                .onItem()
                .transformToMultiAndConcatenate(Optional::get)
                .onCompletion()
                .ifEmpty()
                .switchTo(() -> Multi.createFrom()
                        .item(QuarkusTransaction.requiringNew()
                                .call(() -> stateOf(Experiment.<Experiment>findById(id)))));
    }

    private ExperimentEvent stateOf(Experiment e) {
        return new ExperimentEvent(e.id, ExperimentView.statusOf(e), null, e.error);
    }

    private Optional<Experiment> owned(long id) {
        return current.findId().flatMap(learner -> Experiment.findOwned(id, learner));
    }

    private String title(ExperimentSpec spec) {
        Optional<LabPreset> preset = Optional.ofNullable(spec.preset())
                .flatMap(id -> content.catalog().preset(id));
        if (preset.isPresent()) {
            boolean unchanged = resolve(ExperimentRequest.ofPreset(spec.preset()))
                    .spec()
                    .map(p -> p.equals(spec.withSeed(p.seed())))
                    .orElse(false);
            String seed = spec.seed() == 0 ? "" : " (seed " + spec.seed() + ")";
            return preset.get().title() + (unchanged ? seed : " — changed" + seed);
        }
        if (spec instanceof ExperimentSpec.Tree tree) {
            return "Tree on " + tree.dataset().id() + " (" + tree.criterion().id() + ")";
        }
        if (spec instanceof ExperimentSpec.Transformer t) {
            return "all-MiniLM-L6-v2: " + t.criterion().id() + ", "
                    + t.granularity().id() + ", sparsities " + t.sparsities()
                    + (t.compare() == Compare.NONE
                            ? ""
                            : ", compare " + t.compare().id());
        }
        ExperimentSpec.Network network = (ExperimentSpec.Network) spec;
        Sweep s = network.sweep();
        return spec.model().id().toUpperCase(Locale.ROOT) + " on "
                + network.dataset().id() + ": "
                + s.criterion().id() + ", " + s.granularity().id() + ", "
                + (s.scope() == null ? "" : s.scope().id() + ", ")
                + s.schedule().id();
    }

    private double score(Experiment done) {
        return read(done.result, ExperimentResult.class).score();
    }

    String canonical(ExperimentSpec spec) {
        try {
            return json.writeValueAsString(spec.toRequest());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write a spec as JSON", e);
        }
    }

    private <T> T read(String text, Class<T> type) {
        try {
            return json.readValue(text, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored JSON does not read as " + type.getSimpleName(), e);
        }
    }

    static String sha256(String text) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
