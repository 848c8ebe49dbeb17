package dev.prunelab;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.Map;

/**
 * Runs a test class against PostgreSQL instead of the embedded H2: the database named by the environment variable
 * {@value #URL_VARIABLE} (CI starts PostgreSQL 15 on loopback and sets it). The schema is cleaned and migrated by
 * Flyway at start, so the same migrations are proven on both databases.
 */
public class PostgresProfile implements QuarkusTestProfile {

    public static final String URL_VARIABLE = "PRUNELAB_TEST_PG_URL";

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of(
                "quarkus.datasource.db-kind",
                "postgresql",
                "quarkus.datasource.jdbc.url",
                System.getenv().getOrDefault(URL_VARIABLE, "jdbc:postgresql://127.0.0.1:5432/prunelab_test"),
                "quarkus.datasource.username",
                System.getenv().getOrDefault("PRUNELAB_TEST_PG_USER", "prunelab"),
                "quarkus.datasource.password",
                System.getenv().getOrDefault("PRUNELAB_TEST_PG_PASSWORD", "prunelab"),
                "quarkus.flyway.clean-disabled",
                "false",
                "quarkus.flyway.clean-at-start",
                "true");
    }
}
