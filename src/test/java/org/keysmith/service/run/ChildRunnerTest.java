package org.keysmith.service.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;
import org.keysmith.service.UserFacingException;
import org.keysmith.service.export.ChildEnvironment;
import org.keysmith.service.export.TestEnvironments;

/** Real child processes (sh), as keysmith run starts them. */
@DisabledOnOs(OS.WINDOWS)
class ChildRunnerTest {
    private static final String SECRET = "0F1E2D3C4B5A69788796A5B4C3D2E1F0";
    private static final String PASS = "My-Passphrase-1";
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private final ChildRunner runner = new ChildRunner(out, err);

    private static ChildEnvironment env() {
        return TestEnvironments.of(SECRET, PASS, "OKX_API_SECRET", SECRET, "OKX_API_PASSPHRASE", PASS,
                "OKX_API_KEY", "a1b2c3d4-0000-1111-2222-333344445555");
    }

    private int run(boolean mask, String script) throws UserFacingException {
        return runner.run(new ChildRunner.Launch(List.of("sh", "-c", script), List.of("KEYSMITH_TEST_SCRUB"), mask,
                null), env(), () -> { });
    }

    @Test
    void theChildGetsTheVariablesAndItsOutputIsMasked() throws Exception {
        int code = run(true, "echo \"key=$OKX_API_KEY secret=$OKX_API_SECRET\"; echo \"pass=$OKX_API_PASSPHRASE\" >&2");
        assertThat(code).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8))
                .isEqualTo("key=a1b2c3d4-0000-1111-2222-333344445555 secret=***\n");
        assertThat(err.toString(StandardCharsets.UTF_8)).isEqualTo("pass=***\n");
    }

    @Test
    void aSecretPrintedInPiecesIsStillMasked() throws Exception {
        run(true, "printf %s \"$OKX_API_SECRET\" | cut -c1-7 | tr -d '\\n'; sleep 0.2; "
                + "printf %s \"$OKX_API_SECRET\" | cut -c8- ");
        assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo("***\n");
    }

    @Test
    void returnsTheChildsExitCode() throws Exception {
        assertThat(run(true, "exit 3")).isEqualTo(3);
        assertThat(run(false, "exit 0")).isZero();
    }

    @Test
    void aChildEndedBySignalGives128PlusTheSignalNumber() throws Exception {
        assertThat(run(true, "kill -TERM $$")).isEqualTo(128 + 15);
    }

    @Test
    void forwardsTermIntAndHupToTheChild() throws Exception {
        for (String sig : List.of("TERM", "INT", "HUP")) {
            CompletableFuture<Integer> code = CompletableFuture.supplyAsync(() -> {
                try {
                    return run(true, "trap 'echo got " + sig + "; exit 42' " + sig + "; echo ready; "
                            + "while true; do sleep 0.05; done");
                } catch (UserFacingException e) {
                    throw new IllegalStateException(e);
                }
            });
            waitFor(() -> out.toString(StandardCharsets.UTF_8).contains("ready"));
            assertThat(runner.forward(sig)).isTrue();
            assertThat(code.get(20, TimeUnit.SECONDS)).as(sig).isEqualTo(42);
            assertThat(out.toString(StandardCharsets.UTF_8)).contains("got " + sig);
            out.reset();
        }
        assertThat(runner.forward("TERM")).as("no child any more").isFalse();
    }

    @Test
    void scrubbedVariablesDoNotReachTheChild() throws Exception {
        // The test's own environment has no KEYSMITH_TEST_SCRUB; the check is that a scrubbed name is absent
        // while the key's variables are present.
        run(true, "env | cut -d= -f1 | sort");
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("OKX_API_SECRET\n")
                .doesNotContain("KEYSMITH_TEST_SCRUB");
    }

    @Test
    void theStartedCallbackRunsOnceTheChildExistsAndTheEnvironmentIsWipedByThen() throws Exception {
        ChildEnvironment env = env();
        AtomicBoolean wiped = new AtomicBoolean();
        runner.run(new ChildRunner.Launch(List.of("true"), List.of(), true, null), env,
                () -> wiped.set(env.variables().isEmpty()));
        assertThat(wiped).isTrue();
    }

    @Test
    void anUnknownCommandIsAClearErrorAndTheEnvironmentIsWiped(@TempDir Path dir) {
        ChildEnvironment env = env();
        assertThatThrownBy(() -> runner.run(new ChildRunner.Launch(List.of(dir.resolve("no-such-bot").toString()),
                List.of(), true, null), env, () -> { }))
                .isInstanceOf(UserFacingException.class).hasMessageContaining("no-such-bot")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain(SECRET).doesNotContain(PASS));
        assertThat(env.variables()).isEmpty();
        assertThat(Files.exists(dir.resolve("no-such-bot"))).isFalse();
    }

    @Test
    void noCommandIsAClearError() {
        assertThatThrownBy(() -> runner.run(new ChildRunner.Launch(List.of(), List.of(), true, null), env(),
                () -> { })).isInstanceOf(UserFacingException.class).hasMessageContaining("put it after --");
    }

    private static void waitFor(BooleanSupplier condition) throws InterruptedException {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > end) {
                throw new AssertionError("condition not met in 20 s");
            }
            Thread.sleep(10);
        }
    }
}
