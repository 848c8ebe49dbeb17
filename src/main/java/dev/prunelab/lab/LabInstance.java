package dev.prunelab.lab;

import dev.prunelab.PruneLabConfig;
import jakarta.enterprise.context.ApplicationScoped;
import java.net.InetAddress;
import java.net.UnknownHostException;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * This app instance's name in the experiment rows it queues and runs: configured ({@code prunelab.lab.instance}), or
 * the host name and HTTP port. Several instances may share the database; each marks only its own rows interrupted
 * when it stops.
 */
@ApplicationScoped
public class LabInstance {

    private final String name;

    public LabInstance(PruneLabConfig config, @ConfigProperty(name = "quarkus.http.port") int port) {
        this.name = config.lab().instance().orElseGet(() -> hostName() + ":" + port);
    }

    public String name() {
        return name;
    }

    private static String hostName() {
        String fromEnvironment = System.getenv("HOSTNAME");
        if (fromEnvironment != null && !fromEnvironment.isBlank()) {
            return fromEnvironment;
        }
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            return "localhost";
        }
    }
}
