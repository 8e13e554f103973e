package org.keysmith.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.GeneralCodingRules.ACCESS_STANDARD_STREAMS;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import org.keysmith.app.Launcher;

/** The layering of docs/architecture.md section 1, checked on the main classes. */
@AnalyzeClasses(packages = "org.keysmith", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule layers = layeredArchitecture().consideringOnlyDependenciesInLayers()
            .withOptionalLayers(true)
            .layer("App").definedBy("org.keysmith.app..")
            .layer("UI").definedBy("org.keysmith.ui..")
            .layer("Service").definedBy("org.keysmith.service..")
            .layer("Vault").definedBy("org.keysmith.vault..")
            .layer("Okx").definedBy("org.keysmith.okx..")
            .layer("Sandbox").definedBy("org.keysmith.sandbox..")
            .layer("Json").definedBy("org.keysmith.json..")
            .layer("Files").definedBy("org.keysmith.files..")
            .layer("Domain").definedBy("org.keysmith.domain..")
            .whereLayer("App").mayNotBeAccessedByAnyLayer()
            .whereLayer("UI").mayOnlyBeAccessedByLayers("App")
            .whereLayer("Service").mayOnlyBeAccessedByLayers("UI", "App")
            .whereLayer("Vault").mayOnlyBeAccessedByLayers("Service", "App")
            .whereLayer("Okx").mayOnlyBeAccessedByLayers("Service", "Sandbox", "App")
            .whereLayer("Sandbox").mayOnlyBeAccessedByLayers("Service", "App")
            .whereLayer("Json").mayOnlyBeAccessedByLayers("Okx", "Vault", "Sandbox", "Service", "App")
            .whereLayer("Files").mayOnlyBeAccessedByLayers("Vault", "Sandbox", "Service", "App");

    /** The crash-safe writer is a leaf: it uses nothing of Keysmith, so every layer that writes files can share it. */
    @ArchTest
    static final ArchRule filesIsALeaf = noClasses().that().resideInAPackage("org.keysmith.files..")
            .should().dependOnClassesThat().resideInAnyPackage("org.keysmith.app..", "org.keysmith.ui..",
                    "org.keysmith.service..", "org.keysmith.vault..", "org.keysmith.okx..", "org.keysmith.sandbox..",
                    "org.keysmith.json..", "org.keysmith.domain..");

    /** One implementation of OKX's server-side checks (okx.server), used by both; neither uses the other (ADR 0080). */
    @ArchTest
    static final ArchRule relayAndSandboxShareOnlyOkxServer = noClasses()
            .that().resideInAPackage("org.keysmith.service.relay..")
            .should().dependOnClassesThat().resideInAPackage("org.keysmith.sandbox..")
            .because("the relay and the Sandbox share OKX's checks through org.keysmith.okx.server");

    @ArchTest
    static final ArchRule onlyUiAndAppUseJavaFx = noClasses()
            .that().resideOutsideOfPackages("org.keysmith.ui..", "org.keysmith.app..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.controlsfx..", "atlantafx..");

    @ArchTest
    static final ArchRule domainHasNoIo = noClasses()
            .that().resideInAPackage("org.keysmith.domain..")
            .should().dependOnClassesThat().resideInAnyPackage("java.nio.file..", "java.net..", "okhttp3..",
                    "com.fasterxml.jackson..", "org.keysmith.json..");

    @ArchTest
    static final ArchRule noStandardStreamsOutsideTheLauncher = noClasses()
            .that().doNotHaveFullyQualifiedName(Launcher.class.getName())
            .should(ACCESS_STANDARD_STREAMS)
            .because("output goes through the logger or the CLI's streams; printStackTrace can leak secrets");

    @ArchTest
    static final ArchRule onlyTheCommandLineUsesPicocli = noClasses()
            .that().resideOutsideOfPackage("org.keysmith.app.cli..")
            .should().dependOnClassesThat().resideInAPackage("picocli..")
            .because("the window's start path must not load picocli (docs/cli.md)");

    /** The leak scan reads files and git output only: it never reaches the exchange or the network. */
    @ArchTest
    static final ArchRule theLeakScanStaysOffTheNetwork = noClasses()
            .that().resideInAPackage("org.keysmith.service.guardian.scan..")
            .should().dependOnClassesThat().resideInAnyPackage("org.keysmith.okx..", "org.keysmith.sandbox..",
                    "java.net..", "okhttp3..")
            .because("a scan of untrusted files must not be able to send anything anywhere (docs/guardian.md)");
}
