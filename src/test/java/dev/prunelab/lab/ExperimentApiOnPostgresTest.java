package dev.prunelab.lab;

import dev.prunelab.PostgresProfile;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;

/** {@link ExperimentApiTest} against PostgreSQL (runs where {@value PostgresProfile#URL_VARIABLE} is set, as in CI). */
@QuarkusTest
@TestProfile(PostgresProfile.class)
@EnabledIfEnvironmentVariable(named = PostgresProfile.URL_VARIABLE, matches = ".+")
class ExperimentApiOnPostgresTest extends ExperimentApiTest {}
