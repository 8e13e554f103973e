package org.keysmith.app.cli;

import org.keysmith.domain.ApiKeyEntry;
import org.keysmith.domain.Slot;
import org.keysmith.service.KeyNames;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code keysmith slot set NAME --key KEY [--connection C]}: creates the slot or points it at another key. */
@Command(name = "set", header = "Point a slot at a key (creating the slot, or moving it).",
        description = {"keysmith run --key NAME then uses the slot's key; finishing a rotation moves every slot of "
                + "the old key to the new one. A slot name may not be a key's name.",
            "Exit 5 when no key matches, 64 when the name is taken by a key or not allowed."})
final class SlotSetCommand extends UnlockingCommand {
    @Parameters(paramLabel = "NAME", description = "The slot: " + Slot.RULE + ".")
    String name;
    @Option(names = "--key", required = true, paramLabel = "KEY", description = "The key's name or id.")
    String key;
    @Mixin
    KeyConnectionOption connection = new KeyConnectionOption();

    SlotSetCommand(CliEnvironment env) {
        super(env);
    }

    @Override
    void validate() throws CliFailure {
        String problem = Slot.problem(name);
        if (problem != null) {
            throw CliFailure.usage(problem);
        }
    }

    @Override
    int run(Unlocked u) throws Exception {
        ApiKeyEntry e = connection.key(u.context(), key);
        try {
            u.context().slots().set(name, e.id());
        } catch (KeyNames.Ambiguous taken) {
            throw CliFailure.usage(taken.userMessage());
        }
        env.out().println("Slot \"" + name + "\" now points at \"" + e.name() + "\" (" + e.apiKey() + ").");
        return ExitCode.OK;
    }
}
