package dev.clio;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The layer rules of docs/architecture.md, enforced. */
class ArchitectureTest {

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("dev.clio");
    }

    @Test
    void onlyTheConsoleUsesJavaFx() {
        check(noClasses().that().resideOutsideOfPackage("dev.clio.console..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "eu.hansolo..", "org.fxmisc..",
                        "org.controlsfx..")
                .because("the engine, server and CLI must run without a display"));
    }

    @Test
    void theLogModelIsHeadless() {
        check(noClasses().that().resideInAPackage("dev.clio.console.common.logs..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.fxmisc..", "org.kordamp..")
                .because("the log model is unit-tested without a stage and reused outside panes"));
    }

    @Test
    void onlyIntegrationsTouchDockerJavaAndOkHttp() {
        check(noClasses().that().resideOutsideOfPackage("dev.clio.integrations..")
                .should().dependOnClassesThat().resideInAnyPackage("com.github.dockerjava..", "okhttp3..")
                .because("gateways wrap third-party clients and return our own records and exceptions"));
    }

    @Test
    void onlyTheProcessRunnerTouchesJna() {
        check(noClasses().that().resideOutsideOfPackage("dev.clio.engine.adapter.process..")
                .should().dependOnClassesThat().resideInAnyPackage("com.sun.jna..")
                .because("native calls stay behind ProcessRunner, which falls back to the JDK without them"));
    }

    @Test
    void onlyTheStoreTouchesJdbc() {
        check(noClasses().that().resideOutsideOfPackage("dev.clio.store..")
                .should().dependOnClassesThat().resideInAnyPackage("java.sql..", "javax.sql..", "com.zaxxer..")
                .because("persistence goes through the store package"));
    }

    @Test
    void onlyTheCliWritesToStandardStreams() {
        check(noClasses().that().resideOutsideOfPackage("dev.clio.cli..")
                .should().accessField(System.class, "out")
                .orShould().accessField(System.class, "err")
                .because("library code logs; only the command line prints"));
    }

    @Test
    void executorsAreCreatedInOnePlace() {
        check(noClasses().that().resideOutsideOfPackage("dev.clio.common.concurrent..")
                .should().callMethodWhere(com.tngtech.archunit.core.domain.JavaCall.Predicates.target(
                        com.tngtech.archunit.core.domain.properties.HasOwner.Predicates.With.owner(
                                com.tngtech.archunit.core.domain.JavaClass.Predicates.equivalentTo(
                                        java.util.concurrent.Executors.class))))
                .orShould().callConstructor(java.util.concurrent.ThreadPoolExecutor.class,
                        int.class, int.class, long.class, java.util.concurrent.TimeUnit.class,
                        java.util.concurrent.BlockingQueue.class)
                .because("every pool must be bounded, named and daemon (see Threads)"));
    }

    @Test
    void lowerLayersDoNotDependOnFaces() {
        check(noClasses().that().resideInAnyPackage("dev.clio.engine..", "dev.clio.store..", "dev.clio.ops..",
                        "dev.clio.kpi..", "dev.clio.runbook..", "dev.clio.incident..", "dev.clio.integrations..",
                        "dev.clio.connections..")
                .should().dependOnClassesThat().resideInAnyPackage("dev.clio.cli..", "dev.clio.server..",
                        "dev.clio.console..")
                .because("the console, CLI and server are thin mappings over the Operations model"));
    }

    @Test
    void theDemoIsUsedOnlyByTheFacesAndUsesNoFace() {
        check(noClasses().that().resideInAPackage("dev.clio.demo..")
                .should().dependOnClassesThat().resideInAnyPackage("dev.clio.console..", "dev.clio.cli..")
                .because("the demo load runs headless; the console and the CLI switch it on"));
        check(noClasses().that().resideOutsideOfPackages("dev.clio.demo..", "dev.clio.console..", "dev.clio.cli..")
                .should().dependOnClassesThat().resideInAPackage("dev.clio.demo..")
                .because("only the console and the CLI may start the demo load"));
    }

    @Test
    void theStoreDependsOnNothingOfOurs() {
        check(noClasses().that().resideInAPackage("dev.clio.store..")
                .should().dependOnClassesThat().resideInAnyPackage("dev.clio.engine..", "dev.clio.ops..",
                        "dev.clio.kpi..", "dev.clio.runbook..", "dev.clio.incident..")
                .because("the store is the bottom layer"));
    }

    @Test
    void consoleFeaturesDoNotImportEachOther() {
        String[] features = {"overview", "alerts", "containers", "logs", "runbooks", "incidents", "workflows",
            "capacity", "connections", "settings"};
        for (String feature : features) {
            String[] others = java.util.Arrays.stream(features).filter(f -> !f.equals(feature))
                    .map(f -> "dev.clio.console." + f + "..").toArray(String[]::new);
            check(noClasses().that().resideInAPackage("dev.clio.console." + feature + "..")
                    .should().dependOnClassesThat().resideInAnyPackage(others)
                    .because("features share through console.common or a service"));
        }
    }

    private static void check(ArchRule rule) {
        rule.allowEmptyShould(true).check(classes);
    }
}
