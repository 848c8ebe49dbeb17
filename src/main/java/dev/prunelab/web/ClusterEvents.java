package dev.prunelab.web;

import io.agroal.api.AgroalDataSource;
import io.quarkus.logging.Log;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.operators.multi.processors.BroadcastProcessor;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.regex.Pattern;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;

/**
 * Live events for the open pages of every instance: what one instance publishes on a channel reaches that channel's
 * subscribers on all instances sharing the database. On PostgreSQL through {@code NOTIFY} and {@code LISTEN} (one
 * pooled connection listens, on its own thread); on H2, the single-instance database, within this process. Delivery
 * is at most once and a payload is a short text, so an event is a hint or a progress report, never the only copy of a
 * state: pages read state from the database.
 */
@ApplicationScoped
public class ClusterEvents {

    /** Channel names are PostgreSQL identifiers used unquoted. */
    private static final Pattern CHANNEL = Pattern.compile("[a-z][a-z0-9_]{0,62}");
    /** How long the listening connection waits for notifications before it looks for new channels to listen to. */
    private static final int LISTEN_WAIT_MILLIS = 250;

    private final AgroalDataSource dataSource;
    private final boolean postgres;
    private final Map<String, BroadcastProcessor<String>> channels = new ConcurrentHashMap<>();
    /** NOTIFY runs here, outside the publisher's transaction and thread. */
    private final ExecutorService notifier = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "cluster-events-notify");
        t.setDaemon(true);
        return t;
    });

    private volatile boolean stopping;
    private Thread listener;

    public ClusterEvents(
            AgroalDataSource dataSource, @ConfigProperty(name = "quarkus.datasource.db-kind") String dbKind) {
        this.dataSource = dataSource;
        this.postgres = dbKind.startsWith("postgres");
    }

    void onStart(@Observes StartupEvent event) {
        if (postgres) {
            listener = new Thread(this::listen, "cluster-events-listen");
            listener.setDaemon(true);
            listener.start();
        }
    }

    void onStop(@Observes ShutdownEvent event) {
        stopping = true;
        notifier.shutdown();
        if (listener != null) {
            listener.interrupt();
        }
    }

    /**
     * Sends the payload to the channel's subscribers on every instance (this one included), without waiting.
     *
     * @param channel lower-case letters, digits and underscores
     * @param payload a short text (PostgreSQL takes under 8000 bytes)
     */
    public void publish(String channel, String payload) {
        BroadcastProcessor<String> local = processor(channel);
        if (!postgres) {
            local.onNext(payload);
            return;
        }
        notifier.execute(() -> {
            try (Connection connection = dataSource.getConnection();
                    PreparedStatement notify = connection.prepareStatement("SELECT pg_notify(?, ?)")) {
                notify.setString(1, channel);
                notify.setString(2, payload);
                notify.execute();
            } catch (SQLException e) {
                Log.warnf(e, "Live events: could not notify channel %s; delivered on this instance only", channel);
                local.onNext(payload);
            }
        });
    }

    /** The payloads published on the channel from now on, from any instance. */
    public Multi<String> stream(String channel) {
        return processor(channel);
    }

    private BroadcastProcessor<String> processor(String channel) {
        if (!CHANNEL.matcher(channel).matches()) {
            throw new IllegalArgumentException("channel must match " + CHANNEL.pattern() + ", got " + channel);
        }
        return channels.computeIfAbsent(channel, c -> BroadcastProcessor.create());
    }

    /** Listens to every channel asked for so far, reconnecting after a failure, until the app stops. */
    private void listen() {
        while (!stopping) {
            Set<String> listening = new HashSet<>();
            try (Connection connection = dataSource.getConnection()) {
                PGConnection pg = connection.unwrap(PGConnection.class);
                while (!stopping) {
                    for (String channel : Set.copyOf(channels.keySet())) {
                        if (listening.add(channel)) {
                            try (Statement listen = connection.createStatement()) {
                                listen.execute("LISTEN " + channel);
                            }
                        }
                    }
                    PGNotification[] notifications = pg.getNotifications(LISTEN_WAIT_MILLIS);
                    if (notifications != null) {
                        for (PGNotification n : notifications) {
                            processor(n.getName()).onNext(n.getParameter());
                        }
                    }
                }
            } catch (SQLException e) {
                if (stopping) {
                    return;
                }
                Log.warn("Live events: the listening connection failed; listening again in a second", e);
                try {
                    Thread.sleep(1000);
                } catch (InterruptedException interrupted) {
                    return;
                }
            }
        }
    }
}
