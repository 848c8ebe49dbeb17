package dev.prunelab;

import io.quarkus.logging.Log;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/**
 * Keeps the data directory ({@code prunelab.data-dir}: the embedded database, with password hashes and everyone's
 * answers) readable by the app's own user only: created with mode 700 where the file system is POSIX, and tightened
 * to 700 at start-up if it exists with looser permissions.
 */
@ApplicationScoped
public class DataDirectory {

    static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rwx------");

    void onStart(@Observes StartupEvent event, PruneLabConfig config) {
        secure(config.dataDir());
    }

    /** Creates {@code dir} if needed and leaves it accessible to its owner only (where permissions are POSIX). */
    static void secure(Path dir) {
        boolean posix = FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
        try {
            if (!Files.isDirectory(dir)) {
                if (posix) {
                    Files.createDirectories(dir, PosixFilePermissions.asFileAttribute(OWNER_ONLY));
                } else {
                    Files.createDirectories(dir);
                }
            }
            if (posix && !Files.getPosixFilePermissions(dir).equals(OWNER_ONLY)) {
                Files.setPosixFilePermissions(dir, OWNER_ONLY);
                Log.infof("Data directory %s is now readable by its owner only (700)", dir.toAbsolutePath());
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot prepare the data directory " + dir.toAbsolutePath(), e);
        }
    }
}
