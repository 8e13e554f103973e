package org.keysmith.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.keysmith.app.AppContext;
import picocli.CommandLine;
import picocli.CommandLine.Model.OptionSpec;

/**
 * The command tree's generated help and its option rules, checked in this process (help and parse errors touch no
 * vault): every command answers --help and -h with its usage and the exit codes; no option takes a secret.
 */
class CliHelpTest {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private final CliEnvironment env = new CliEnvironment(new ByteArrayInputStream(new byte[0]),
            new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8),
            null, Map.of(), CliHelpTest::noContext);

    private static AppContext noContext(Optional<String> vault) {
        throw new AssertionError("help and usage errors must not open a vault");
    }

    /** Runs {@code args} on the tree {@link CliMain#run} builds for them (only the named commands in full). */
    private int run(String... args) {
        out.reset();
        err.reset();
        return CliMain.commandLine(env, args).execute(args);
    }

    private String helpOfWholeTree(String... args) {
        out.reset();
        err.reset();
        assertThat(CliMain.commandLine(env).execute(args)).isZero();
        return out.toString(StandardCharsets.UTF_8);
    }

    private static List<CommandLine> every(CommandLine c) {
        List<CommandLine> all = new ArrayList<>(List.of(c));
        c.getSubcommands().values().stream().distinct().filter(s -> !s.getCommandName().equals("help"))
                .forEach(s -> all.addAll(every(s)));
        return all;
    }

    @Test
    void everyCommandAnswersHelpWithItsUsageAndTheExitCodes() {
        List<CommandLine> commands = every(CliMain.commandLine(env));
        assertThat(commands).hasSizeGreaterThan(25);
        for (CommandLine c : commands) {
            String[] path = c.getCommandSpec().qualifiedName(" ").replaceFirst("^keysmith ?", "").split(" ");
            List<String> args = new ArrayList<>(path[0].isEmpty() ? List.of() : List.of(path));
            for (String flag : List.of("--help", "-h")) {
                List<String> withFlag = new ArrayList<>(args);
                withFlag.add(flag);
                assertThat(run(withFlag.toArray(String[]::new))).as(String.join(" ", withFlag)).isZero();
                assertThat(out.toString(StandardCharsets.UTF_8)).as(String.join(" ", withFlag))
                        .contains("Usage: " + c.getCommandSpec().qualifiedName())
                        .contains("Exit codes:", "64   wrong usage");
            }
        }
    }

    /** The tree built for one command line shows the same help as the whole tree, for every command. */
    @Test
    void theTreeForACommandLineHelpsAsTheWholeTreeDoes() {
        for (CommandLine c : every(CliMain.commandLine(env))) {
            String[] path = c.getCommandSpec().qualifiedName(" ").replaceFirst("^keysmith ?", "").split(" ");
            List<String> args = new ArrayList<>(path[0].isEmpty() ? List.of() : List.of(path));
            args.add("--help");
            String[] line = args.toArray(String[]::new);
            String whole = helpOfWholeTree(line);
            assertThat(run(line)).as(String.join(" ", line)).isZero();
            assertThat(out.toString(StandardCharsets.UTF_8)).as(String.join(" ", line)).isEqualTo(whole);
        }
        String whole = helpOfWholeTree("help", "key");
        assertThat(run("help", "key")).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo(whole).contains("finish-rotation");
    }

    @Test
    void versionPrintsTheVersion() {
        assertThat(run("--version")).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).startsWith("Keysmith ");
    }

    @Test
    void aTypoGetsASuggestionAndExit64() {
        assertThat(run("key", "lst")).isEqualTo(ExitCode.USAGE);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("'lst'").contains("Did you mean")
                .contains("key list").doesNotContain("\tat ");
        assertThat(run("key", "list", "--jsn")).isEqualTo(ExitCode.USAGE);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("--jsn").contains("--json");
    }

    @Test
    void aBadValueNamesTheOptionAndTheAcceptedValues() {
        assertThat(run("export", "--key", "k", "--format", "yaml")).isEqualTo(ExitCode.USAGE);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("--format").contains("freqtrade")
                .contains("python-okx");
        assertThat(run("key", "rotate", "k", "--grace", "soon")).isEqualTo(ExitCode.USAGE);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("--grace").contains("24h");
        assertThat(run("key", "add", "--site", "mars", "--name", "x")).isEqualTo(ExitCode.USAGE);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("--site").contains("global, eea, us");
        assertThat(run("key", "create", "--name", "x")).isEqualTo(ExitCode.USAGE);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("--sub-account").contains("--new-sub-account");
    }

    /**
     * Wrong options are refused before anything is read or opened (this environment fails the test if a vault is
     * opened): so a refused create, rotate or revoke changes nothing.
     */
    @Test
    void wrongOptionsAreRefusedBeforeAnyVaultIsOpened(@TempDir Path dir) throws Exception {
        assertThat(run("key", "create", "--password-stdin", "--name", "has space", "--sub-account",
                "TradingDesk01", "--perm", "trade", "--ip", "300.1.1.1")).isEqualTo(ExitCode.USAGE);
        assertThat(err()).contains("--name:").contains("--ip:").doesNotContain("\tat ");
        assertThat(run("key", "create", "--password-stdin", "--name", "k1", "--sub-account", "TradingDesk01",
                "--type", "broker")).isEqualTo(ExitCode.USAGE);
        assertThat(err()).contains("--type").contains("api_trading, third_party_app");
        assertThat(run("key", "list", "--password-stdin", "--status", "alive")).isEqualTo(ExitCode.USAGE);
        assertThat(err()).contains("--status").contains("not_seen");
        assertThat(run("audit", "--password-stdin", "--since", "yesterday")).isEqualTo(ExitCode.USAGE);
        assertThat(err()).contains("--since").contains("24h");
        Path taken = Files.writeString(dir.resolve("taken.json"), "keep me");
        assertThat(run("key", "rotate", "bot1", "--password-stdin", "--secret-out", taken.toString()))
                .isEqualTo(ExitCode.USAGE);
        assertThat(err()).contains("--secret-out").contains("never overwrites");
        assertThat(Files.readString(taken)).isEqualTo("keep me");
        for (List<String> destructive : List.of(List.of("key", "finish-rotation", "bot1"), List.of("key", "revoke",
                "bot1"), List.of("connection", "remove", "desk"), List.of("connection", "test", "--round-trip"))) {
            List<String> args = new ArrayList<>(destructive);
            args.add("--password-stdin");
            assertThat(run(args.toArray(String[]::new))).as(String.join(" ", destructive)).isEqualTo(ExitCode.USAGE);
            assertThat(err()).as(String.join(" ", destructive)).contains("no terminal").contains("--yes");
        }
        assertThat(run("key", "list")).isEqualTo(ExitCode.USAGE);
        assertThat(err()).contains("--password-file").contains("--password-stdin");
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void aGroupWithoutItsCommandSaysWhichExist() {
        assertThat(run("connection")).isEqualTo(ExitCode.USAGE);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("subcommand");
    }

    /** Secrets never come from an argument: every option about one is a flag or names a file. */
    @Test
    void noOptionTakesASecretAsItsValue() {
        for (CommandLine c : every(CliMain.commandLine(env))) {
            for (OptionSpec o : c.getCommandSpec().options()) {
                String name = o.longestName().toLowerCase();
                if (name.contains("password") || name.contains("secret") || name.contains("passphrase")) {
                    assertThat(o.type()).as(c.getCommandSpec().qualifiedName() + " " + o.longestName())
                            .isIn(boolean.class, Path.class);
                }
            }
        }
    }

    @Test
    void completionScriptsCoverTheCommands() {
        assertThat(run("completion", "bash")).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("complete -F").contains("finish-rotation")
                .contains("--secret-out");
        assertThat(run("completion", "zsh")).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("bashcompinit").contains("finish-rotation");
        assertThat(run("completion", "fish")).isEqualTo(ExitCode.USAGE);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("bash").contains("zsh");
    }
}
