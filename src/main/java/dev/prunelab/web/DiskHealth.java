package dev.prunelab.web;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Not ready while the data directory's volume is below its free-space floor: a load balancer then sends visitors to
 * an instance that can still store their work, and monitoring sees why.
 */
@Readiness
@ApplicationScoped
public class DiskHealth implements HealthCheck {

    private final DiskSpace disk;

    public DiskHealth(DiskSpace disk) {
        this.disk = disk;
    }

    @Override
    public HealthCheckResponse call() {
        long free = disk.free();
        return HealthCheckResponse.named("disk")
                .status(free >= disk.minFree())
                .withData("path", disk.where().toString())
                .withData("freeBytes", free)
                .withData("minFreeBytes", disk.minFree())
                .build();
    }
}
