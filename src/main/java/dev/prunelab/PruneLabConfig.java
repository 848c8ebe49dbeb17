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
}
