package org.isfsim;

import static com.tngtech.archunit.base.DescribedPredicate.alwaysTrue;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** sim-core is the model and engine: it must never reach for UI classes or global randomness. */
class ArchitectureTest {
    private static JavaClasses core;

    @BeforeAll
    static void importCore() {
        core = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.isfsim");
    }

    @Test
    void coreImportsNoUserInterface() {
        noClasses().should().dependOnClassesThat()
                .resideInAnyPackage("java.awt..", "javax.swing..", "org.jfree..", "sim.display..", "sim.portrayal..")
                .because("model code never touches Swing, charts or MASON's display (docs/sources.md#design-modules)")
                .check(core);
    }

    @Test
    void coreUsesOnlyTheRunsGenerator() {
        noClasses().should().callMethod(Math.class, "random")
                .orShould().callConstructor(java.util.Random.class)
                .orShould().dependOnClassesThat().haveFullyQualifiedName("java.util.concurrent.ThreadLocalRandom")
                .because("all randomness comes from the run's MersenneTwisterFast (docs/sources.md#design-determinism)")
                .check(core);
    }

    @Test
    void coreDependsOnNoOtherModule() {
        noClasses().should().dependOnClassesThat()
                .resideInAnyPackage("org.isfsim.scenario..", "org.isfsim.cli..", "org.isfsim.gui..")
                .check(core);
    }

    /**
     * No two of sim-core's packages (experiment, experiment.engine, experiment.design, output, analysis, ...)
     * import each other, directly or round about. {@code model..} is left out for now: its own cycles are
     * being taken apart; the rule widens to it once they are. sim-ui's {@code PackageCycleTest} checks the
     * same across the modules.
     */
    @Test
    void corePackagesAreFreeOfCycles() {
        slices().matching("org.isfsim.(**)").should().beFreeOfCycles()
                .ignoreDependency(resideInAPackage("org.isfsim.model.."), alwaysTrue())
                .ignoreDependency(alwaysTrue(), resideInAPackage("org.isfsim.model.."))
                .check(core);
    }
}
