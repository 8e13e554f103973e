package org.keysmith.app.cli;

import java.io.IOException;
import java.util.Arrays;
import org.keysmith.domain.ApiCredentials;
import org.keysmith.domain.Secret;
import picocli.CommandLine.Option;

/**
 * {@code --secrets-stdin}: how an API key, its secret key and its passphrase are typed in (a picocli mixin for
 * connection add and key add). On the terminal the secrets are asked without echo; with {@code --secrets-stdin}
 * they are the next three lines of standard input (after the master password when that comes from there too).
 * Nothing is ever taken from an argument.
 */
final class SecretsInput {
    @Option(names = "--secrets-stdin", description = "Read API key, secret key and passphrase from standard input, "
            + "one per line.")
    boolean stdin;

    /** Before anything is read: without a terminal, the secrets must come from standard input. */
    void possible(CliEnvironment env, String what) throws CliFailure {
        if (!stdin && !env.hasTerminal()) {
            throw CliFailure.usage("there is no terminal to ask for " + what + ": give --secrets-stdin");
        }
    }

    /** The three values, the API key stripped; the caller destroys the secrets. */
    ApiCredentials read(CliEnvironment env, String apiKeyPrompt) throws IOException, CliFailure {
        char[] apiKey = stdin ? StdinLines.line(env.in(), "the API key") : visible(env, apiKeyPrompt);
        Secret secret = null;
        try {
            secret = Secret.wrap(stdin ? StdinLines.line(env.in(), "the secret key") : hidden(env, "Secret key: "));
            Secret pass = Secret.wrap(stdin ? StdinLines.line(env.in(), "the passphrase")
                    : hidden(env, "Passphrase: "));
            return new ApiCredentials(new String(apiKey).strip(), secret, pass);
        } catch (IOException | CliFailure | RuntimeException e) {
            if (secret != null) {
                secret.destroy();
            }
            throw e;
        } finally {
            Arrays.fill(apiKey, '\0');
        }
    }

    /** The secret key and passphrase of {@code apiKey} (given as an option: it is public); the caller destroys them. */
    ApiCredentials readSecrets(CliEnvironment env, String apiKey) throws IOException, CliFailure {
        Secret secret = Secret.wrap(stdin ? StdinLines.line(env.in(), "the secret key") : hidden(env, "Secret key: "));
        try {
            Secret pass = Secret.wrap(stdin ? StdinLines.line(env.in(), "the passphrase")
                    : hidden(env, "Passphrase: "));
            return new ApiCredentials(apiKey.strip(), secret, pass);
        } catch (IOException | CliFailure | RuntimeException e) {
            secret.destroy();
            throw e;
        }
    }

    private static char[] visible(CliEnvironment env, String prompt) throws CliFailure {
        String v = env.console().readLine("%s", prompt);
        if (v == null) {
            throw new CliFailure(ExitCode.ERROR, "nothing was entered; nothing was saved");
        }
        return v.toCharArray();
    }

    private static char[] hidden(CliEnvironment env, String prompt) throws CliFailure {
        char[] v = env.console().readPassword("%s", prompt);
        if (v == null) {
            throw new CliFailure(ExitCode.ERROR, "nothing was entered; nothing was saved");
        }
        return v;
    }
}
