package org.keysmith.arch;

import static com.tngtech.archunit.base.DescribedPredicate.describe;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.GeneralCodingRules.ACCESS_STANDARD_STREAMS;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import org.keysmith.app.Launcher;
import org.keysmith.vault.AtomicFiles;

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
            .layer("Domain").definedBy("org.keysmith.domain..")
            .whereLayer("App").mayNotBeAccessedByAnyLayer()
            .whereLayer("UI").mayOnlyBeAccessedByLayers("App")
            .whereLayer("Service").mayOnlyBeAccessedByLayers("UI", "App")
            .whereLayer("Vault").mayOnlyBeAccessedByLayers("Service", "App")
            .whereLayer("Okx").mayOnlyBeAccessedByLayers("Service", "Sandbox", "App")
            .whereLayer("Sandbox").mayOnlyBeAccessedByLayers("Service", "App")
            .whereLayer("Json").mayOnlyBeAccessedByLayers("Okx", "Vault", "Sandbox", "Service", "App")
            // the sandbox persists its state with the same crash-safe writer as the vault
            .ignoreDependency(describe("sandbox classes", (JavaClass c) -> c.getPackageName().startsWith("org.keysmith.sandbox")),
                    describe("AtomicFiles", (JavaClass c) -> c.isEquivalentTo(AtomicFiles.class)));

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
}
