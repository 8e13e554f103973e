package org.keysmith.app.cli;

import java.util.Locale;
import java.util.UUID;
import org.keysmith.domain.ApiCredentials;
import org.keysmith.domain.Connection;
import org.keysmith.domain.Environment;
import org.keysmith.domain.InvalidInputException;
import org.keysmith.domain.Site;
import org.keysmith.service.ConnectionCheck;
import org.keysmith.service.UserFacingException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code keysmith connection add NAME --site global|eea|us|custom [--url URL] [--demo]}: an exchange account and
 * its master key (asked on the terminal, or one per line from standard input with {@code --secrets-stdin}).
 * Tested with the exchange first; a refused master key is not saved unless {@code --no-test}.
 */
@Command(name = "add", header = "Add an exchange account with its master key (tested with the exchange first).",
        description = {"The master key is a main-account key with Read and Trade, bound to this computer's IP "
                + "address (README, \"Connections\").",
                "Its API key, secret key and passphrase are asked on the terminal, or read one per line from "
                        + "standard input with --secrets-stdin (after the master password when --password-stdin "
                        + "is given)."})
final class ConnectionAddCommand extends UnlockingCommand {
    @Parameters(paramLabel = "NAME", description = "A short name for the connection (used as --connection NAME).")
    String name;
    @Option(names = "--site", required = true, paramLabel = "SITE", converter = SiteConverter.class,
            completionCandidates = SiteConverter.Names.class,
            description = "The OKX site: ${COMPLETION-CANDIDATES} (custom needs --url).")
    Site site;
    @Option(names = "--url", paramLabel = "URL", description = "The base URL of a custom exchange (e.g. "
            + "http://127.0.0.1:8765, the sandbox command's).")
    String url;
    @Option(names = "--demo", description = "OKX demo trading.")
    boolean demo;
    @Mixin
    SecretsInput secrets = new SecretsInput();
    @Option(names = "--no-test", description = "Save without asking the exchange about the master key.")
    boolean noTest;
    private Connection typed;

    ConnectionAddCommand(CliEnvironment env) {
        super(env);
    }

    @Override
    void validate() throws CliFailure {
        if (name.isBlank() || name.equalsIgnoreCase(Names.SANDBOX)) {
            throw CliFailure.usage("NAME: give the connection a name other than 'sandbox' (that is the built-in one)");
        }
        if (site == Site.CUSTOM && (url == null || url.isBlank())) {
            throw CliFailure.usage("--site custom needs --url URL");
        }
        if (site != Site.CUSTOM && url != null) {
            throw CliFailure.usage("--url is for --site custom only");
        }
        secrets.possible(env, "the master key");
    }

    @Override
    void gather() throws Exception {
        ApiCredentials typedKey = secrets.read(env, "Master key's API key: ");
        try {
            typed = new Connection(UUID.randomUUID().toString(), name.strip(), site, url, demo ? Environment.DEMO
                    : Environment.LIVE, typedKey);
        } catch (InvalidInputException e) {
            typedKey.destroy();
            throw CliFailure.usage(e.getMessage());
        }
    }

    @Override
    void forget() {
        if (typed != null && typed.masterKey() != null) {
            typed.masterKey().destroy();
        }
    }

    @Override
    int run(Unlocked u) throws Exception {
        boolean taken = u.context().session().vault().connections().stream()
                .anyMatch(c -> c.name().toLowerCase(Locale.ROOT).equals(name.strip().toLowerCase(Locale.ROOT)));
        if (taken) {
            throw CliFailure.usage("there is already a connection named \"" + name + "\"; choose another name");
        }
        if (!noTest) {
            ConnectionCheck check;
            try {
                check = u.context().connections().test(typed);
            } catch (UserFacingException e) {
                throw new CliFailure(Failures.exitCode(e), e.getMessage() + " Nothing was saved (--no-test saves "
                        + "it anyway).");
            }
            env.out().println(check.summary());
            check.problems().forEach(p -> env.out().println("Problem: " + p));
        }
        Connection copy = typed.withMasterKey(new ApiCredentials(typed.masterKey().apiKey(),
                typed.masterKey().secretKey().copy(), typed.masterKey().passphrase().copy()));
        u.context().connections().save(copy);
        env.out().println("Saved the connection \"" + copy.name() + "\" (" + copy.baseUrl() + ").");
        return ExitCode.OK;
    }
}
