package org.keysmith.app.cli;

import picocli.CommandLine;
import picocli.CommandLine.HelpCommand;

/** Builds the command tree: every command object made here, with what it needs (docs/cli.md lists the tree). */
final class CommandTree {
    private CommandTree() {
    }

    static CommandLine build(CliEnvironment env) {
        CommandLine root = new CommandLine(new KeysmithCommand());
        root.addSubcommand("help", new HelpCommand());
        root.addSubcommand(new CommandLine(new KeyGroup())
                .addSubcommand(new KeyListCommand(env))
                .addSubcommand(new KeyShowCommand(env))
                .addSubcommand(new KeyCreateCommand(env))
                .addSubcommand(new KeyRevokeCommand(env))
                .addSubcommand(new KeyRotateCommand(env))
                .addSubcommand(new KeyFinishRotationCommand(env))
                .addSubcommand(new KeyVerifyCommand(env))
                .addSubcommand(new KeyEditCommand(env))
                .addSubcommand(new KeyAddCommand(env)));
        root.addSubcommand(new CommandLine(new SlotGroup())
                .addSubcommand(new SlotSetCommand(env))
                .addSubcommand(new SlotListCommand(env))
                .addSubcommand(new SlotRemoveCommand(env)));
        root.addSubcommand(new CommandLine(new ConnectionGroup())
                .addSubcommand(new ConnectionListCommand(env))
                .addSubcommand(new ConnectionAddCommand(env))
                .addSubcommand(new ConnectionTestCommand(env))
                .addSubcommand(new ConnectionRemoveCommand(env)));
        root.addSubcommand(new SyncCommand(env));
        root.addSubcommand(new AuditCommand(env));
        root.addSubcommand(new CommandLine(new VaultGroup())
                .addSubcommand(new VaultCreateCommand(env))
                .addSubcommand(new VaultListCommand(env))
                .addSubcommand(new VaultChangePasswordCommand(env))
                .addSubcommand(new VaultCheckCommand(env)));
        root.addSubcommand(new RevokeCommand(env));
        root.addSubcommand(new ExportCommand(env));
        root.addSubcommand(new CommandLine(new RunCommand(env)).setStopAtPositional(true));
        root.addSubcommand(new RelayCommand(env));
        root.addSubcommand(new ScanCommand(env));
        root.addSubcommand(new DoctorCommand(env));
        root.addSubcommand(new CommandLine(new GuardGroup())
                .addSubcommand(new GuardIpCommand(env)));
        root.addSubcommand(new SandboxCommand(env));
        root.addSubcommand(new CompletionCommand(root));
        return root;
    }
}
