package dev.prunelab.progress;

import dev.prunelab.PostgresProfile;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;

/** {@link ProgressFlowTest} against PostgreSQL (runs where {@value PostgresProfile#URL_VARIABLE} is set, as in CI). */
@QuarkusTest
@TestProfile(PostgresProfile.class)
@EnabledIfEnvironmentVariable(named = PostgresProfile.URL_VARIABLE, matches = ".+")
class ProgressFlowOnPostgresTest extends ProgressFlowTest {}
