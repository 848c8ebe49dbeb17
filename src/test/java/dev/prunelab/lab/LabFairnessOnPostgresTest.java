package dev.prunelab.lab;

import dev.prunelab.PostgresProfile;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;

/**
 * {@link LabFairnessTest} against PostgreSQL, where the claim is {@code FOR UPDATE SKIP LOCKED} for real (runs where
 * {@value PostgresProfile#URL_VARIABLE} is set, as in CI).
 */
@QuarkusTest
@TestProfile(LabFairnessOnPostgresTest.OnPostgres.class)
@EnabledIfEnvironmentVariable(named = PostgresProfile.URL_VARIABLE, matches = ".+")
class LabFairnessOnPostgresTest extends LabFairnessTest {

    public static class OnPostgres extends PostgresProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            Map<String, String> overrides = new HashMap<>(super.getConfigOverrides());
            overrides.putAll(new TwoWorkersThreeInFlight().getConfigOverrides());
            return overrides;
        }
    }
}
