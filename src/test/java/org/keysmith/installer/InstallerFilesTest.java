package org.keysmith.installer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.spi.ToolProvider;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The jpackage inputs in {@code installer/}, checked on any OS: the Windows .msi and macOS .dmg can only be built on
 * those systems, so this is what keeps their option files from rotting between builds there. Options are checked
 * against the help texts of this JDK's jpackage, which list every OS's options; the Linux build itself is tried by
 * {@code .ci/run}.
 */
class InstallerFilesTest {
    private static final Path INSTALLER = Path.of("installer");
    private static final List<String> SYSTEMS = List.of("linux", "windows", "macos");
    private static final Map<String, String> ICON_TYPE = Map.of("linux", ".png", "windows", ".ico", "macos", ".icns");
    private static final Set<String> FILE_OPTIONS = Set.of("--icon", "--resource-dir", "--license-file",
            "--file-associations", "--mac-entitlements");
    /** An argument file pom.xml passes: {@code @installer/x.jpackage}, or its filtered copy in target/. */
    private static final Pattern ARGUMENT_FILE =
            Pattern.compile("<argument>@(\\$\\{project\\.build\\.directory\\}/)?(installer/[^<]+)</argument>");
    /** The Linux-only desktop option (ADR 0100): in the Linux app image and in the jar's script on Linux. */
    private static final String LINUX_TRIM = "-XX:TrimNativeHeapInterval=1000";
    private static final List<String> ANTI_DUMP = List.of("-XX:+DisableAttachMechanism", "-XX:-CreateCoredumpOnCrash");

    @Test
    void everyArgumentFileIsOneThePomUsesAndEveryOneItUsesExists() throws IOException {
        Set<String> used = new TreeSet<>();
        Matcher m = ARGUMENT_FILE.matcher(Files.readString(Path.of("pom.xml")));
        while (m.find()) {
            for (String os : SYSTEMS) {
                used.add(m.group(2).replace("${dist.os}", os));
            }
        }
        assertThat(used).allSatisfy(f -> assertThat(Path.of(f)).as("named in pom.xml").isRegularFile());
        assertThat(argumentFiles()).map(p -> p.toString().replace('\\', '/')).allMatch(used::contains,
                "read by the dist profile of pom.xml");
    }

    /**
     * jpackage reads {@code ${...}} literally, so a file with Maven placeholders must be one the pom filters into
     * target/installer/ and passes from there, and every file passed from there must be one it filters.
     */
    @Test
    void filesWithPlaceholdersAreExactlyTheOnesThePomFilters() throws IOException {
        String pom = Files.readString(Path.of("pom.xml"));
        Set<String> fromTarget = new TreeSet<>();
        Matcher m = ARGUMENT_FILE.matcher(pom);
        while (m.find()) {
            if (m.group(1) != null) {
                fromTarget.add(m.group(2));
            }
        }
        Set<String> filtered = new TreeSet<>();
        Matcher include = Pattern.compile("<include>([^<]+\\.jpackage)</include>").matcher(pom);
        while (include.find()) {
            filtered.add("installer/" + include.group(1));
        }
        Set<String> withPlaceholders = new TreeSet<>();
        for (Path file : argumentFiles()) {
            if (Files.readString(file).contains("${")) {
                withPlaceholders.add(file.toString().replace('\\', '/'));
            }
        }
        assertThat(fromTarget).isNotEmpty().isEqualTo(filtered).isEqualTo(withPlaceholders);
    }

    /** Security review L12: every launcher runs without an attach listener and without core files, never dumps. */
    @Test
    void everyLauncherRunsWithTheAntiDumpOptions() throws IOException {
        for (List<String> options : List.of(installedJavaOptions(), javafxRunOptions(), jarOptions())) {
            assertThat(options).contains(ANTI_DUMP.toArray(String[]::new))
                    .noneMatch(o -> o.contains("HeapDumpOnOutOfMemoryError"));
        }
        assertThat(properties(INSTALLER.resolve("windows/keysmith-cli.properties")).stringPropertyNames())
                .as("keysmith-cli.exe inherits the main launcher's java-options only if it sets none")
                .doesNotContain("java-options");
    }

    /**
     * Issue #20, ADR 0100: the installed app, {@code mvn javafx:run} and {@code target/keysmith} (the jar's script)
     * run the JVM with the same options: those of installer/jvm.options, plus only the module options JavaFX on the
     * module path needs.
     */
    @Test
    void everyLauncherRunsWithTheDesktopJvmOptions() throws IOException {
        List<String> desktop = jarOptions();
        assertThat(desktop).contains("-XX:+UseSerialGC").anyMatch(o -> o.startsWith("-Xmx"));
        for (List<String> options : List.of(installedJavaOptions(), javafxRunOptions())) {
            assertThat(options.stream().filter(o -> !o.startsWith("--add-")))
                    .containsExactlyInAnyOrderElementsOf(desktop);
        }
        assertThat(Files.readString(INSTALLER.resolve("jar/keysmith"))).contains("\"@$here/keysmith.jvmoptions\"")
                .contains("trim=" + LINUX_TRIM);
        assertThat(ArgFile.read(INSTALLER.resolve("linux/image.jpackage")).values("--java-options"))
                .containsExactly(LINUX_TRIM);
        assertThat(Files.readString(Path.of("pom.xml")))
                .contains("<copy file=\"${project.basedir}/installer/jar/keysmith\"")
                .contains("file=\"${project.basedir}/installer/jvm.options\"\n"
                        + "                      tofile=\"${project.build.directory}/keysmith.jvmoptions\"/>");
    }

    private static List<String> installedJavaOptions() throws IOException {
        return ArgFile.read(INSTALLER.resolve("runtime.jpackage")).values("--java-options");
    }

    private static List<String> javafxRunOptions() throws IOException {
        Matcher run = Pattern.compile("(?s)<artifactId>javafx-maven-plugin</artifactId>\\s*<configuration>.*?"
                + "<options>(.*?)</options>").matcher(Files.readString(Path.of("pom.xml")));
        assertThat(run.find()).as("javafx-maven-plugin options in pom.xml").isTrue();
        return Pattern.compile("<option>([^<]+)</option>").matcher(run.group(1)).results()
                .map(r -> r.group(1)).toList();
    }

    /** installer/jvm.options as the java launcher reads an @argument file: one option a line, # comments. */
    private static List<String> jarOptions() throws IOException {
        return Files.readAllLines(INSTALLER.resolve("jvm.options")).stream().map(String::strip)
                .filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
    }

    @Test
    void everyOptionIsOneJpackageTakesOnThatSystem() throws IOException {
        Optional<JpackageHelp> help = JpackageHelp.ofThisJdk();
        assumeThat(help).as("this Java has jpackage").isPresent();
        for (Path file : argumentFiles()) {
            List<Set<String>> known = systemsOf(file).stream().map(os -> help.get().options(os)).toList();
            for (ArgFile.Option o : ArgFile.read(file).options()) {
                assertThat(known).as("%s line %d: %s", file, o.line(), o.name())
                        .allSatisfy(options -> assertThat(options).contains(o.name()));
            }
        }
    }

    @Test
    void jlinkOptionsAreOnesThisJlinkTakes() throws IOException {
        Optional<ToolProvider> jlink = ToolProvider.findFirst("jlink");
        assumeThat(jlink).as("this Java has jlink").isPresent();
        String usage = run(jlink.get(), "--help") + run(jlink.get(), "--list-plugins");
        for (Path file : argumentFiles()) {
            for (String value : ArgFile.read(file).values("--jlink-options")) {
                assertThat(value.split("\\s+")).as(file.toString())
                        .allSatisfy(option -> assertThat(usage).contains(option + " "));
            }
        }
    }

    @Test
    void filesTheOptionsNameExistAndIconsSuitTheirSystem() throws IOException {
        for (Path file : argumentFiles()) {
            for (ArgFile.Option o : ArgFile.read(file).options()) {
                if (FILE_OPTIONS.contains(o.name())) {
                    assertThat(Path.of(o.value())).as("%s line %d", file, o.line()).exists();
                }
                if (o.name().equals("--add-launcher")) {
                    assertThat(Path.of(o.value().substring(o.value().indexOf('=') + 1))).isRegularFile();
                }
                if (o.name().equals("--icon")) {
                    assertThat(o.value()).endsWith(ICON_TYPE.get(systemsOf(file).get(0)));
                }
            }
        }
    }

    @Test
    void extraLaunchersUseOnlyKeysJpackageKnows() throws IOException {
        Optional<JpackageHelp> help = JpackageHelp.ofThisJdk();
        assumeThat(help).as("this Java has jpackage").isPresent();
        for (String launcher : ArgFile.read(INSTALLER.resolve("windows/image.jpackage")).values("--add-launcher")) {
            Properties p = properties(Path.of(launcher.substring(launcher.indexOf('=') + 1)));
            assertThat(p.stringPropertyNames()).isSubsetOf(help.get().launcherKeys());
        }
        Properties cli = properties(INSTALLER.resolve("windows/keysmith-cli.properties"));
        assertThat(cli.getProperty("win-console")).as("keysmith-cli.exe needs a console to print").isEqualTo("true");
    }

    @Test
    void windowsAndMacValuesHaveTheFormsTheirSystemsRequire() throws IOException {
        ArgFile msi = ArgFile.read(INSTALLER.resolve("windows/msi.jpackage"));
        assertThat(msi.values("--win-upgrade-uuid")).singleElement()
                .satisfies(uuid -> assertThat(UUID.fromString(uuid).toString()).isEqualTo(uuid));
        for (String file : List.of("macos/image.jpackage", "macos/dmg.jpackage")) {
            ArgFile mac = ArgFile.read(INSTALLER.resolve(file));
            assertThat(mac.values("--mac-package-identifier")).as(file).containsExactly("org.keysmith.Keysmith");
            assertThat(mac.values("--mac-package-name")).as(file).singleElement()
                    .satisfies(name -> assertThat(name).hasSizeLessThan(16));
        }
    }

    @Test
    void windowsIconHoldsTheSizesWindowsShows() throws IOException {
        assertThat(IconFiles.icoSizes(Path.of("assets/icon/keysmith.ico"))).contains(16, 32, 48, 256);
    }

    @Test
    void macIconHoldsTheSizesMacShows() throws IOException {
        assertThat(IconFiles.icnsSizes(Path.of("assets/icon/keysmith.icns"))).contains(16, 32, 128, 256, 512);
    }

    /** The systems whose jpackage reads {@code file}: all three for installer/runtime.jpackage. */
    private static List<String> systemsOf(Path file) {
        Path relative = INSTALLER.relativize(file);
        return relative.getNameCount() == 1 ? SYSTEMS : List.of(relative.getName(0).toString());
    }

    private static List<Path> argumentFiles() throws IOException {
        try (Stream<Path> files = Files.walk(INSTALLER)) {
            List<Path> out = new ArrayList<>(files.filter(p -> p.toString().endsWith(".jpackage")).sorted().toList());
            assertThat(out).isNotEmpty();
            return out;
        }
    }

    private static Properties properties(Path file) throws IOException {
        Properties p = new Properties();
        try (InputStream in = Files.newInputStream(file)) {
            p.load(in);
        }
        return p;
    }

    private static String run(ToolProvider tool, String... args) {
        StringWriter out = new StringWriter();
        tool.run(new PrintWriter(out), new PrintWriter(out), args);
        return out.toString();
    }
}
