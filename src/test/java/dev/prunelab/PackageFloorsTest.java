package dev.prunelab;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The package table of the design: each feature package sits on a floor and may use the packages on the floors below
 * it, never those above it or beside it on its own floor; of the features only {@code lab} and {@code practice} (its
 * sentence encoder) use the engine;
 * the root package holds only the typed configuration, which every package may read and which reads none of them.
 * No two features, and no two packages of any depth, depend on each other in a cycle.
 */
class PackageFloorsTest {

    private static final String ROOT = "dev.prunelab";

    /** The floors, top to bottom, as in the design's table. */
    static final List<Set<String>> FLOORS = List.of(
            Set.of("interview"),
            Set.of("lab", "practice"),
            Set.of("progress"),
            Set.of("content", "account"),
            Set.of("web", "engine"));

    /** The engine is the library of two features, not a floor everyone stands on: only these may use it. */
    static final Set<String> ENGINE_USERS = Set.of("lab", "practice");

    private static JavaClasses classes;

    @BeforeAll
    static void importMainClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(ROOT);
    }

    @Test
    void theTableNamesEveryPackageOnce() {
        List<String> named = FLOORS.stream().flatMap(Set::stream).sorted().toList();
        Set<String> present = classes.stream()
                .map(c -> c.getPackageName())
                .filter(p -> p.startsWith(ROOT + "."))
                .map(p -> p.substring(ROOT.length() + 1).split("\\.")[0])
                .collect(Collectors.toSet());
        assertThat(named).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(present);
    }

    @Test
    void aPackageUsesOnlyThePackagesOnTheFloorsBelowIt() {
        for (Map.Entry<String, List<String>> entry : forbidden().entrySet()) {
            noClasses()
                    .that()
                    .resideInAPackage(ROOT + "." + entry.getKey() + "..")
                    .should()
                    .dependOnClassesThat()
                    .resideInAnyPackage(entry.getValue().stream()
                            .map(p -> ROOT + "." + p + "..")
                            .toArray(String[]::new))
                    .because("a package may use only those on the floors below it (see the design's package table)")
                    .check(classes);
        }
    }

    @Test
    void theConfigurationUsesNoFeature() {
        noClasses()
                .that()
                .resideInAPackage(ROOT)
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(ROOT + ".(*)..")
                .check(classes);
    }

    @Test
    void noFeaturesDependOnEachOtherInACycle() {
        slices().matching(ROOT + ".(*)..").should().beFreeOfCycles().check(classes);
    }

    @Test
    void noSubPackagesDependOnEachOtherInACycle() {
        slices().matching(ROOT + ".(**)").should().beFreeOfCycles().check(classes);
    }

    /** For each package, the packages it must not use: those on its floor and above, and the engine unless allowed. */
    static Map<String, List<String>> forbidden() {
        Map<String, List<String>> forbidden = new LinkedHashMap<>();
        for (int floor = 0; floor < FLOORS.size(); floor++) {
            for (String pkg : FLOORS.get(floor)) {
                Set<String> notAllowed = new LinkedHashSet<>();
                for (int other = 0; other <= floor; other++) {
                    for (String target : FLOORS.get(other)) {
                        if (!target.equals(pkg)) {
                            notAllowed.add(target);
                        }
                    }
                }
                if (!pkg.equals("engine") && !ENGINE_USERS.contains(pkg)) {
                    notAllowed.add("engine");
                }
                forbidden.put(pkg, List.copyOf(notAllowed));
            }
        }
        return forbidden;
    }

    @Test
    void theRulesReadAsTheTable() {
        Map<String, List<String>> forbidden = forbidden();
        assertThat(forbidden.get("interview")).containsExactlyInAnyOrder("engine");
        assertThat(forbidden.get("lab")).containsExactlyInAnyOrder("interview", "practice");
        assertThat(forbidden.get("practice")).containsExactlyInAnyOrder("interview", "lab");
        assertThat(forbidden.get("progress")).containsExactlyInAnyOrder("interview", "lab", "practice", "engine");
        assertThat(forbidden.get("content"))
                .containsExactlyInAnyOrder("interview", "lab", "practice", "progress", "account", "engine");
        assertThat(forbidden.get("account"))
                .containsExactlyInAnyOrder("interview", "lab", "practice", "progress", "content", "engine");
        assertThat(forbidden.get("web"))
                .containsExactlyInAnyOrder("interview", "lab", "practice", "progress", "content", "account", "engine");
        assertThat(forbidden.get("engine"))
                .containsExactlyInAnyOrder("interview", "lab", "practice", "progress", "content", "account", "web");
    }
}
