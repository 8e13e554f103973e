package org.keysmith.app.cli;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.concurrent.Callable;
import org.keysmith.domain.ApiKeyEntry;
import org.keysmith.service.Deployments;
import org.keysmith.service.UserFacingException;
import org.keysmith.service.export.ExportFormat;
import org.keysmith.service.export.ExportService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code keysmith export --key NAME --format F [--out FILE [--force]] [--prefix P]}: a key in a bot's configuration
 * format (ExportService). Plain text by nature: files are written owner-only; printing warns on standard error.
 */
@Command(name = "export", header = "Write a key in a trading bot's configuration format (secret in plain text).")
final class ExportCommand implements Callable<Integer> {
    @Mixin
    VaultOption vault = new VaultOption();
    @Mixin
    MasterPasswordOptions password = new MasterPasswordOptions();
    @Option(names = "--key", required = true, paramLabel = "NAME", description = "The key's name or id.")
    String key;
    @Mixin
    KeyConnectionOption connection = new KeyConnectionOption();
    @Option(names = "--format", required = true, paramLabel = "FORMAT", converter = FormatConverter.class,
            completionCandidates = FormatConverter.Names.class, description = "${COMPLETION-CANDIDATES}.")
    ExportFormat format;
    @Option(names = "--out", paramLabel = "FILE", description = "Write FILE (owner-only) instead of printing.")
    Path out;
    @Option(names = "--force", description = "Overwrite FILE if it exists.")
    boolean force;
    @Option(names = "--prefix", paramLabel = "P", description = "Variable name prefix (--format env only).")
    String prefix;
    @Option(names = "--deployment", paramLabel = "NAME", description = "The deployment this export records or "
            + "refreshes on the key (default: FORMAT@HOST).")
    String deployment;
    private final CliEnvironment env;

    ExportCommand(CliEnvironment env) {
        this.env = env;
    }

    @Override
    public Integer call() throws Exception {
        if (prefix != null && format != ExportFormat.ENV) {
            throw CliFailure.usage("--prefix is for --format env only");
        }
        if (force && out == null) {
            throw CliFailure.usage("--force is for --out FILE only");
        }
        try {
            Deployments.checkName(deployment);
        } catch (UserFacingException e) {
            throw CliFailure.usage("--deployment: " + e.userMessage());
        }
        char[] master = password.read(env, "Master password: ");
        try (Unlocked u = Unlocked.open(env, vault, master.clone())) {
            ApiKeyEntry entry = connection.key(u.context(), key);
            ExportService exports = u.context().exports();
            if (out != null) {
                boolean ownerOnly = exports.toFile(entry.id(), format, prefix, master, out, force,
                        deployment);
                env.out().println("Exported \"" + entry.name() + "\" as " + format.cliName() + " to " + out
                        + (ownerOnly ? " (owner-only)" : "") + ". It holds the secret in plain text: keep it private, "
                        + "delete it when done.");
                if (!ownerOnly) {
                    env.err().println("keysmith export: warning: this file system cannot make the file private, so "
                            + "other users of this computer may be able to read it.");
                }
            } else {
                char[] text = exports.render(entry.id(), format, prefix, master, ExportService.STANDARD_OUTPUT,
                        deployment);
                env.err().println("keysmith export: the output holds the secret in plain text.");
                env.out().print(text);
                env.out().flush();
                Arrays.fill(text, '\0');
            }
            return ExitCode.OK;
        } finally {
            Arrays.fill(master, '\0');
        }
    }
}
