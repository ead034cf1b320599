package org.cxcadence.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import static org.junit.jupiter.api.Assertions.assertFalse;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The layers of ARCHITECTURE.md, one direction only: ui → service → store/exchange → domain.
 * Each rule is asserted with the list of every violating dependency as its message (it caught the
 * live session's UI reading a storage record once).
 */
class LayeringTest {
    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.cxcadence");
    }

    /** Fails with ArchUnit's report of every violating dependency (an empty rule fails too). */
    private static void assertHolds(ArchRule rule) {
        EvaluationResult result = rule.evaluate(classes);
        assertFalse(result.hasViolation(), result.getFailureReport().toString());
    }

    @Test
    void coreLayersNeverSeeJavaFxOrTheUi() {
        assertHolds(noClasses().that().resideInAnyPackage("org.cxcadence.domain..", "org.cxcadence.store..",
                        "org.cxcadence.exchange..", "org.cxcadence.service..", "org.cxcadence.cli..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.cxcadence.ui..",
                        "org.cxcadence.app.."));
    }

    @Test
    void domainDoesNoStorageOrFormatWork() {
        assertHolds(noClasses().that().resideInAPackage("org.cxcadence.domain..")
                .should().dependOnClassesThat().resideInAnyPackage("org.cxcadence.store..", "org.cxcadence.exchange..",
                        "org.cxcadence.service..", "org.cxcadence.cli..", "java.sql..", "com.fasterxml.."));
    }

    @Test
    void storageAndFormatsDoNotReachUpToServicesOrCommands() {
        assertHolds(noClasses().that().resideInAnyPackage("org.cxcadence.store..", "org.cxcadence.exchange..")
                .should().dependOnClassesThat().resideInAnyPackage("org.cxcadence.service..", "org.cxcadence.cli..")
                .allowEmptyShould(true));
    }

    @Test
    void uiAndCommandLineStayApart() {
        assertHolds(noClasses().that().resideInAPackage("org.cxcadence.ui..")
                .should().dependOnClassesThat().resideInAnyPackage("org.cxcadence.cli..", "org.cxcadence.store.."));
    }

    @Test
    void noPackageCycles() {
        assertHolds(slices().matching("org.cxcadence.(**)").should().beFreeOfCycles());
    }
}
