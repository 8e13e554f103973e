package org.keysmith.app.cli;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Supplier;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.HelpCommand;
import picocli.CommandLine.Model.CommandSpec;

/**
 * Builds the command tree: every command object made here, with what it needs (docs/cli.md lists the tree).
 *
 * <p>picocli reads a command's options from its annotations by reflection when the command is added, and for the
 * whole tree that was most of {@code keysmith --help}'s time (about 40 commands). A command line uses one path of the
 * tree, so {@link #forArgs} builds in full only the commands whose names appear in the arguments; every other
 * command is a placeholder holding its name and header, which is all its parent's help and the "did you mean"
 * suggestions show. A placeholder can never run: a command is reached only through its name, and a named command is
 * built in full. {@code completion} needs every option, so it builds the whole tree.
 */
final class CommandTree {
    private final Set<String> named;
    private final boolean everything;

    private CommandTree(Set<String> named, boolean everything) {
        this.named = named;
        this.everything = everything;
    }

    /** The whole tree, every command built in full (completion scripts, and tests that walk every command). */
    static CommandLine build(CliEnvironment env) {
        return new CommandTree(Set.of(), true).root(env);
    }

    /** The tree for one command line: the commands named in {@code args} in full, the others as placeholders. */
    static CommandLine forArgs(CliEnvironment env, String... args) {
        Set<String> named = Set.copyOf(Arrays.asList(args));
        return new CommandTree(named, named.contains("completion")).root(env);
    }

    private CommandLine root(CliEnvironment env) {
        CommandLine root = new CommandLine(new KeysmithCommand());
        root.addSubcommand("help", new HelpCommand());
        for (Node n : nodes(env)) {
            root.addSubcommand(n.name(), make(n));
        }
        root.addSubcommand(new CompletionCommand(root));
        return root;
    }

    private static List<Node> nodes(CliEnvironment env) {
        return List.of(
                group(KeyGroup.class, KeyGroup::new,
                        leaf(KeyListCommand.class, () -> new KeyListCommand(env)),
                        leaf(KeyShowCommand.class, () -> new KeyShowCommand(env)),
                        leaf(KeyCreateCommand.class, () -> new KeyCreateCommand(env)),
                        leaf(KeyRevokeCommand.class, () -> new KeyRevokeCommand(env)),
                        leaf(KeyRotateCommand.class, () -> new KeyRotateCommand(env)),
                        leaf(KeyFinishRotationCommand.class, () -> new KeyFinishRotationCommand(env)),
                        leaf(KeyVerifyCommand.class, () -> new KeyVerifyCommand(env)),
                        leaf(KeyEditCommand.class, () -> new KeyEditCommand(env)),
                        leaf(KeyAddCommand.class, () -> new KeyAddCommand(env)),
                        leaf(KeyKeepAliveCommand.class, () -> new KeyKeepAliveCommand(env))),
                group(SlotGroup.class, SlotGroup::new,
                        leaf(SlotSetCommand.class, () -> new SlotSetCommand(env)),
                        leaf(SlotListCommand.class, () -> new SlotListCommand(env)),
                        leaf(SlotRemoveCommand.class, () -> new SlotRemoveCommand(env))),
                group(ConnectionGroup.class, ConnectionGroup::new,
                        leaf(ConnectionListCommand.class, () -> new ConnectionListCommand(env)),
                        leaf(ConnectionAddCommand.class, () -> new ConnectionAddCommand(env)),
                        leaf(ConnectionTestCommand.class, () -> new ConnectionTestCommand(env)),
                        leaf(ConnectionRemoveCommand.class, () -> new ConnectionRemoveCommand(env))),
                leaf(SyncCommand.class, () -> new SyncCommand(env)),
                leaf(AuditCommand.class, () -> new AuditCommand(env)),
                group(VaultGroup.class, VaultGroup::new,
                        leaf(VaultCreateCommand.class, () -> new VaultCreateCommand(env)),
                        leaf(VaultListCommand.class, () -> new VaultListCommand(env)),
                        leaf(VaultChangePasswordCommand.class, () -> new VaultChangePasswordCommand(env)),
                        leaf(VaultCheckCommand.class, () -> new VaultCheckCommand(env))),
                leaf(RevokeCommand.class, () -> new RevokeCommand(env)),
                leaf(ExportCommand.class, () -> new ExportCommand(env)),
                new Node(RunCommand.class, () -> new RunCommand(env), cl -> cl.setStopAtPositional(true), List.of()),
                group(RelayCommand.class, () -> new RelayCommand(env),
                        leaf(RelayStatusCommand.class, () -> new RelayStatusCommand(env))),
                leaf(ScanCommand.class, () -> new ScanCommand(env)),
                leaf(DoctorCommand.class, () -> new DoctorCommand(env)),
                group(GuardGroup.class, GuardGroup::new,
                        leaf(GuardIpCommand.class, () -> new GuardIpCommand(env)),
                        leaf(GuardKeepAliveCommand.class, () -> new GuardKeepAliveCommand(env))),
                leaf(SandboxCommand.class, () -> new SandboxCommand(env)));
    }

    /** The command in full when it is named (or everything is asked for), else its placeholder. */
    private CommandLine make(Node n) {
        if (!everything && !isNamed(n.annotation())) {
            return placeholder(n.annotation());
        }
        CommandLine cl = new CommandLine(n.make().get());
        n.tune().accept(cl);
        for (Node child : n.children()) {
            cl.addSubcommand(child.name(), make(child));
        }
        return cl;
    }

    private boolean isNamed(Command a) {
        return named.contains(a.name()) || Arrays.stream(a.aliases()).anyMatch(named::contains);
    }

    /** What the parent's help lists for a command and what a typo is compared with: its name and header. */
    private static CommandLine placeholder(Command a) {
        CommandSpec spec = CommandSpec.create().name(a.name()).aliases(a.aliases());
        spec.usageMessage().header(a.header()).description(a.description()).hidden(a.hidden());
        return new CommandLine(spec);
    }

    private static Node leaf(Class<?> type, Supplier<Object> make) {
        return new Node(type, make, cl -> { }, List.of());
    }

    private static Node group(Class<?> type, Supplier<Object> make, Node... children) {
        return new Node(type, make, cl -> { }, List.of(children));
    }

    /** One command of the tree: its class (for its name and header), how to make it, and its sub-commands. */
    private record Node(Class<?> type, Supplier<Object> make, Consumer<CommandLine> tune, List<Node> children) {
        Command annotation() {
            return type.getAnnotation(Command.class);
        }

        String name() {
            return annotation().name();
        }
    }
}
