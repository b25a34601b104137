package org.isfsim;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;
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
     * No two of sim-core's packages (the model's, experiment, experiment.engine, experiment.design, output,
     * analysis, ...) import each other, directly or round about. sim-ui's {@code PackageCycleTest} checks the
     * same across the modules.
     */
    @Test
    void corePackagesAreFreeOfCycles() {
        slices().matching("org.isfsim.(**)").should().beFreeOfCycles().check(core);
    }

    /**
     * The model's packages form no cycle, the root package (the composition root, which builds and wires
     * them) counted as one of them: an agent sees the strip through a port of its own package, never
     * through {@code IsfModel}.
     */
    @Test
    void modelPackagesAreFreeOfCycles() {
        slices().matching("org.isfsim.model.(*)..").should().beFreeOfCycles().check(core);
        slices().assignedFrom(new SliceAssignment() {
            @Override
            public SliceIdentifier getIdentifierOf(JavaClass javaClass) {
                String name = javaClass.getPackageName();
                if (name.equals("org.isfsim.model")) {
                    return SliceIdentifier.of("model");
                }
                if (name.startsWith("org.isfsim.model.")) {
                    return SliceIdentifier.of(name.substring("org.isfsim.model.".length()).split("\\.")[0]);
                }
                return SliceIdentifier.ignore();
            }

            @Override
            public String getDescription() {
                return "the packages of org.isfsim.model, its root package among them";
            }
        }).should().beFreeOfCycles().check(core);
        noClasses().that().resideInAPackage("org.isfsim.model.*..").should().dependOnClassesThat()
                .haveFullyQualifiedName("org.isfsim.model.IsfModel")
                .because("agents see the strip through the ports of their own packages (issue 13)")
                .check(core);
    }
}
