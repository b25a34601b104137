package org.isfsim;

import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * No package cycle across the modules this one sees (sim-core, sim-scenarios and sim-ui: experiment,
 * experiment.engine, experiment.design, output, analysis, scenario, cli, gui, charts, ...). sim-spark's one
 * package is imported by no other module, so it cannot close a cycle.
 * The model's packages are included.
 */
class PackageCycleTest {
    @Test
    void thePackagesAreFreeOfCycles() {
        JavaClasses classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.isfsim");
        slices().matching("org.isfsim.(**)").should().beFreeOfCycles()
                .check(classes);
    }
}
