package org.keysmith.app.cli;

import java.time.Duration;
import org.keysmith.domain.ApiKeyEntry;
import org.keysmith.service.CreateResult;
import org.keysmith.service.KeyRotation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code keysmith key rotate NAME [--grace 24h]}: creates the successor key (same sub-account, permissions and
 * IPs), verifies it, and keeps the old key live for the grace period (KeyRotation). The new secret is shown once.
 */
@Command(name = "rotate", header = "Replace a key: create and verify its successor, keep the old one live for "
        + "a grace period.",
        description = "The old key is revoked when the grace period ends (by the app or the next keysmith command "
                + "that talks to the exchange), or at once with: keysmith key finish-rotation NAME.")
final class KeyRotateCommand extends UnlockingCommand {
    @Parameters(paramLabel = "NAME", description = "The key to replace (name or id).")
    String key;
    @Mixin
    KeyConnectionOption connection = new KeyConnectionOption();
    @Option(names = "--grace", paramLabel = "DURATION", defaultValue = "24h", converter = DurationConverter.class,
            description = "How long the old key stays live after the new one verified (default ${DEFAULT-VALUE}; "
                    + "30m, 24h, 7d).")
    Duration grace;
    @Mixin
    SecretOutput output = new SecretOutput();

    KeyRotateCommand(CliEnvironment env) {
        super(env);
    }

    @Override
    void validate() throws CliFailure {
        output.validate();
    }

    @Override
    int run(Unlocked u) throws Exception {
        ApiKeyEntry old = connection.key(u.context(), key);
        KeyRotation.Started s = u.context().rotation().start(old.id(), grace);
        String conn = Names.connectionName(u.context(), old.connectionId());
        if (s.created() instanceof CreateResult.SecretLost lost) {
            throw new CliFailure(ExitCode.EXCHANGE_REFUSED, lost.explanation());
        }
        CreateResult.Created made = (CreateResult.Created) s.created();
        try {
            output.reveal(env, made.entry(), conn, made.secretKey(), made.passphrase(), "Rotating \"" + old.name()
                    + "\": created \"" + made.entry().name() + "\"; " + s.rotation().step().label()
                    + (s.rotation().graceUntil() == null ? "" : "; the old key stays live until "
                    + s.rotation().graceUntil()) + ".");
        } finally {
            made.destroyRevealedSecrets();
        }
        if (!s.problem().isEmpty()) {
            env.err().println("keysmith key rotate: the rotation is paused: " + s.problem()
                    + " It continues on the next command that talks to the exchange.");
            return ExitCode.EXCHANGE_REFUSED;
        }
        return ExitCode.OK;
    }
}
