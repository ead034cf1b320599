package org.cxcadence.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The layers of ARCHITECTURE.md, one direction only: ui → service → store/exchange → domain.
 * Each {@code ArchRule.check} fails its test with an AssertionError that lists every violating
 * dependency (it caught the live session's UI reading a storage record once).
 */
class LayeringTest {
    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.cxcadence");
    }

    @Test
    void coreLayersNeverSeeJavaFxOrTheUi() {
        noClasses().that().resideInAnyPackage("org.cxcadence.domain..", "org.cxcadence.store..",
                        "org.cxcadence.exchange..", "org.cxcadence.service..", "org.cxcadence.cli..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.cxcadence.ui..",
                        "org.cxcadence.app..")
                .check(classes);
    }

    @Test
    void domainDoesNoStorageOrFormatWork() {
        noClasses().that().resideInAPackage("org.cxcadence.domain..")
                .should().dependOnClassesThat().resideInAnyPackage("org.cxcadence.store..", "org.cxcadence.exchange..",
                        "org.cxcadence.service..", "org.cxcadence.cli..", "java.sql..", "com.fasterxml..")
                .check(classes);
    }

    @Test
    void storageAndFormatsDoNotReachUpToServicesOrCommands() {
        noClasses().that().resideInAnyPackage("org.cxcadence.store..", "org.cxcadence.exchange..")
                .should().dependOnClassesThat().resideInAnyPackage("org.cxcadence.service..", "org.cxcadence.cli..")
                .allowEmptyShould(true)
                .check(classes);
    }

    @Test
    void uiAndCommandLineStayApart() {
        noClasses().that().resideInAPackage("org.cxcadence.ui..")
                .should().dependOnClassesThat().resideInAnyPackage("org.cxcadence.cli..", "org.cxcadence.store..")
                .check(classes);
    }

    @Test
    void noPackageCycles() {
        slices().matching("org.cxcadence.(**)").should().beFreeOfCycles().check(classes);
    }
}
