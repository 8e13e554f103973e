package org.keysmith.service.run;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.keysmith.domain.ApiKeyEntry;
import org.keysmith.domain.Slot;
import org.keysmith.service.Deployments;
import org.keysmith.service.UserFacingException;
import org.keysmith.service.export.EnvFormat;
import org.keysmith.service.export.ExportService;

/**
 * The exact {@code keysmith run} command line and a systemd unit for one key and format, to copy (the window's
 * "Run a bot…"; README and docs/run.md show the same text, checked by {@code RunRecipesTest}). The master password
 * reaches the unit as an encrypted systemd credential ({@code LoadCredentialEncrypted=}); nothing here is a secret.
 */
public final class RunRecipes {
    /** The credential the command line reads from {@code $CREDENTIALS_DIRECTORY} (docs/cli.md). */
    public static final String CREDENTIAL = "keysmith-master";
    /** Where {@code systemd-creds encrypt} puts it, and the unit loads it from. */
    public static final String CREDSTORE = "/etc/credstore.encrypted/" + CREDENTIAL;
    /** The launcher the .deb installs. */
    public static final String KEYSMITH = "/opt/keysmith/bin/keysmith";
    private final ExportService exports;

    public RunRecipes(ExportService exports) {
        this.exports = exports;
    }

    /**
     * What to generate: the name {@code --key} gets (a slot's, or the key's), the format, a deployment name (blank:
     * run's default), the bot's command line, and the system user and Keysmith data folder on the server.
     */
    public record Inputs(String key, EnvFormat format, String deployment, String command, String user, String home) {
    }

    /** The command line, the unit (named {@link #unitName}), the credential set-up and notes for the user. */
    public record Recipe(String commandLine, String unitName, String unit, String credentialSetup,
                         List<String> notes) {
    }

    /** A bot's usual start command for a format, as a starting point to edit. */
    public static String defaultCommand(EnvFormat format) {
        return switch (format) {
            case FREQTRADE -> "freqtrade trade --config /home/trader/config.json";
            case NAUTILUS -> "python3 /home/trader/run_node.py";
            default -> "python3 /home/trader/bot.py";
        };
    }

    /** The recipe for {@code e} under {@code in}; refuses what {@code run} would refuse to start. */
    public Recipe recipe(ApiKeyEntry e, List<Slot> slots, Inputs in) throws UserFacingException {
        List<String> problems = check(in);
        if (!problems.isEmpty()) {
            throw new UserFacingException(String.join(" ", problems));
        }
        List<String> notes = new ArrayList<>();
        Optional<String> configSwitch = exports.configSwitch(e, in.format());
        configSwitch.ifPresent(line -> notes.add("The " + in.format().cliName() + " configuration must hold "
                + line + ": the environment cannot carry that switch, so the command says --switch-in-config."));
        boolean viaSlot = slots.stream().anyMatch(s -> s.name().equals(in.key()));
        if (!viaSlot) {
            notes.add("--key names the key itself: after a rotation the unit needs the new name. A slot follows "
                    + "rotations: keysmith slot set " + (slots.isEmpty() ? "gridbot" : slots.get(0).name())
                    + " --key " + e.name() + ", then --key with the slot's name.");
        }
        notes.add("Make the credential once on the server (the master password never goes into the unit), then "
                + "sudo systemctl daemon-reload && sudo systemctl enable --now " + unitName(in) + ".");
        String line = commandLine("keysmith", in, configSwitch.isPresent());
        return new Recipe(line, unitName(in), unit(in, configSwitch.isPresent()), credentialSetup(),
                List.copyOf(notes));
    }

    /** The unit's file name: the slot or key name, as a systemd unit name may hold it. */
    public static String unitName(Inputs in) {
        return in.key().replaceAll("[^A-Za-z0-9_.-]", "-") + ".service";
    }

    /** {@code keysmith run --key K --as F [--switch-in-config] [--deployment D] -- COMMAND}. */
    static String commandLine(String keysmith, Inputs in, boolean switchInConfig) {
        return keysmith + " run --key " + in.key() + " --as " + in.format().cliName()
                + (switchInConfig ? " --switch-in-config" : "")
                + (blank(in.deployment()) ? "" : " --deployment " + quoted(in.deployment().strip()))
                + " -- " + in.command().strip();
    }

    /** The unit: the bot runs as {@code user}, the master password comes as an encrypted credential. */
    static String unit(Inputs in, boolean switchInConfig) {
        return "[Unit]\n"
                + "Description=" + in.key() + " with its OKX key from Keysmith\n"
                + "After=network-online.target\n"
                + "Wants=network-online.target\n"
                + "\n"
                + "[Service]\n"
                + "User=" + in.user() + "\n"
                + "Environment=KEYSMITH_HOME=" + in.home() + "\n"
                + "LoadCredentialEncrypted=" + CREDENTIAL + ":" + CREDSTORE + "\n"
                + "ExecStart=" + commandLine(KEYSMITH, in, switchInConfig) + "\n"
                + "KillMode=mixed\n"
                + "Restart=on-failure\n"
                + "\n"
                + "[Install]\n"
                + "WantedBy=multi-user.target\n";
    }

    /** Once per server: the master password encrypted for systemd, readable only by root and the unit. */
    public static String credentialSetup() {
        return "sudo mkdir -p /etc/credstore.encrypted\n"
                + "sudo systemd-creds encrypt --name=" + CREDENTIAL + " pw.txt " + CREDSTORE + " && shred -u pw.txt\n";
    }

    private static List<String> check(Inputs in) {
        List<String> p = new ArrayList<>();
        if (blank(in.key())) {
            p.add("Choose the key or slot the bot runs with.");
        }
        if (blank(in.command())) {
            p.add("Enter the bot's command line (for example " + defaultCommand(in.format()) + ").");
        } else if (in.command().contains("\n")) {
            p.add("The bot's command must be one line.");
        }
        if (blank(in.user()) || !in.user().strip().matches("[a-z_][a-z0-9_-]*")) {
            p.add("Enter the server's user the bot runs as (lower-case letters, digits, '-' or '_').");
        }
        if (blank(in.home()) || !in.home().startsWith("/") || in.home().contains("\n")) {
            p.add("Enter Keysmith's data folder on the server as an absolute path (for example "
                    + "/home/trader/.keysmith).");
        }
        if (!blank(in.deployment())) {
            try {
                Deployments.checkName(in.deployment());
                if (in.deployment().matches(".*['\"\\\\$%`].*")) {
                    p.add("A deployment name in a unit may not hold quotes, backslashes, '$', '%' or '`' (the "
                            + "shell and systemd would read them).");
                }
            } catch (UserFacingException bad) {
                p.add(bad.userMessage());
            }
        }
        return p;
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    /**
     * Single-quoted, for the shell and for systemd's ExecStart=, when it holds more than safe characters ({@link
     * #check} has refused quotes, backslashes and expansions).
     */
    private static String quoted(String s) {
        return s.matches("[A-Za-z0-9@._:/+-]+") ? s : "'" + s + "'";
    }
}
