package dev.prunelab.engine;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The engine is a plain library: it must not depend on the web framework or the persistence layer. */
class EngineIsFrameworkFreeTest {

    private static final String[] FORBIDDEN_PACKAGES = {
        "io.quarkus..",
        "jakarta..",
        "javax.persistence..",
        "io.smallrye..",
        "org.hibernate..",
        "io.vertx..",
        "dev.prunelab.content..",
        "dev.prunelab.lab..",
        "dev.prunelab.practice..",
        "dev.prunelab.interview..",
        "dev.prunelab.progress..",
        "dev.prunelab.account..",
        "dev.prunelab.web.."
    };

    @Test
    void engineDependsOnNoFrameworkAndNoOtherFeature() {
        JavaClasses engine = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("dev.prunelab.engine");
        noClasses()
                .that()
                .resideInAPackage("dev.prunelab.engine..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(FORBIDDEN_PACKAGES)
                .allowEmptyShould(true)
                .check(engine);
    }
}
