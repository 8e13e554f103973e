package org.keysmith.app.cli;

import java.util.List;
import picocli.CommandLine.Command;

/** {@code keysmith guard keep-alive}: the keep-alive reads that are due, now (for a timer where no window runs). */
@Command(name = "keep-alive", header = "Make the keep-alive reads that are due now.",
        description = {"For every key with keep-alive on ('keysmith key keep-alive NAME on') last used 3 days ago "
                + "or longer: one read signed with the key. Run it from cron or a systemd timer where the window "
                + "is not open.",
                "Exit codes: 0 done (or nothing due), 4 a read failed (the output says why)."})
final class GuardKeepAliveCommand extends UnlockingCommand {
    GuardKeepAliveCommand(CliEnvironment env) {
        super(env);
    }

    @Override
    int run(Unlocked u) throws Exception {
        List<String> lines = u.context().keepAlive().runDue();
        if (lines.isEmpty()) {
            env.out().println("No keep-alive read is due.");
        }
        lines.forEach(env.out()::println);
        return lines.stream().anyMatch(l -> l.startsWith("could not")) ? ExitCode.EXCHANGE_REFUSED : ExitCode.OK;
    }
}
