package org.keysmith.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class CliTest {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private final Cli cli = new Cli(new ByteArrayInputStream(new byte[0]), new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8), null);

    @Test
    void tellsCommandsFromWindowOptions() {
        assertThat(Cli.isCommand(new String[] {"vault", "list"})).isTrue();
        assertThat(Cli.isCommand(new String[] {"--version"})).isTrue();
        assertThat(Cli.isCommand(new String[] {"--vault", "/x"})).isFalse();
        assertThat(Cli.isCommand(new String[0])).isFalse();
    }

    @Test
    void printsVersion() {
        assertThat(cli.run(new String[] {"--version"})).isEqualTo(Cli.OK);
        assertThat(out.toString(StandardCharsets.UTF_8)).startsWith("Keysmith ");
    }

    @Test
    void unknownCommandIsAOneLineErrorWithExitCodeOne() {
        assertThat(cli.run(new String[] {"frobnicate"})).isEqualTo(Cli.ERROR);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("unknown command 'frobnicate'").contains("--help");
    }

    @Test
    void dispatchesToRegisteredCommands() {
        cli.register(new CliCommand() {
            public String name() {
                return "echo";
            }

            public String summary() {
                return "repeats its arguments";
            }

            public int run(String[] args, CliIo io) {
                io.out().println(String.join(" ", args));
                return 7;
            }
        });
        assertThat(cli.run(new String[] {"echo", "a", "b"})).isEqualTo(7);
        assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo("a b" + System.lineSeparator());
        cli.run(new String[] {"--help"});
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("repeats its arguments");
    }
}
