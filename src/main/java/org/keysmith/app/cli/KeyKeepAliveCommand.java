package org.keysmith.app.cli;

import org.keysmith.domain.ApiKeyEntry;
import org.keysmith.domain.ExpiryRadar;
import org.keysmith.service.guardian.KeepAlive;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code keysmith key keep-alive NAME on|off}: the expiry keep-alive of one key (off by default). */
@Command(name = "keep-alive", header = "Keep a key OKX would delete after 14 idle days alive with a read now and then.",
        description = {"For a live key with Trade (or Withdraw) and no IP binding, whose secret the vault holds: "
                + "every 3 days the window (while unlocked) or 'keysmith guard keep-alive' makes a read signed "
                + "with the key, which restarts OKX's idle clock. Off by default; 'on' prints the risk.",
                "Exit codes: 0 done, 1 not needed for this key (the message says why)."})
final class KeyKeepAliveCommand extends UnlockingCommand {
    enum Switch { on, off }

    @Parameters(index = "0", paramLabel = "NAME", description = "The key's name or id.")
    String key;
    @Parameters(index = "1", paramLabel = "on|off", description = "Turn keep-alive on or off.")
    Switch state;
    @Mixin
    KeyConnectionOption connection = new KeyConnectionOption();

    KeyKeepAliveCommand(CliEnvironment env) {
        super(env);
    }

    @Override
    int run(Unlocked u) throws Exception {
        ApiKeyEntry e = connection.key(u.context(), key);
        boolean on = state == Switch.on;
        u.context().keepAlive().set(e.id(), on);
        if (on) {
            env.out().println("Keep-alive is on for \"" + e.name() + "\". " + KeepAlive.RISK);
            env.out().println("Reads happen while the window is unlocked, or run 'keysmith guard keep-alive' "
                    + "from a timer at least every " + ExpiryRadar.KEEP_ALIVE_EVERY.toDays() + " days.");
        } else {
            env.out().println("Keep-alive is off for \"" + e.name() + "\": OKX may delete it after 14 idle days.");
        }
        return ExitCode.OK;
    }
}
