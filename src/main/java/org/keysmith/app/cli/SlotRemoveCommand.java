package org.keysmith.app.cli;

import org.keysmith.service.KeyNames;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code keysmith slot remove NAME}: forgets the slot; its key is untouched. */
@Command(name = "remove", header = "Remove a slot (the key it points at is untouched).",
        description = "Exit 5 when there is no such slot.")
final class SlotRemoveCommand extends UnlockingCommand {
    @Parameters(paramLabel = "NAME", description = "The slot.")
    String name;

    SlotRemoveCommand(CliEnvironment env) {
        super(env);
    }

    @Override
    int run(Unlocked u) throws Exception {
        try {
            u.context().slots().remove(name);
        } catch (KeyNames.NotFound none) {
            throw CliFailure.notFound(none.userMessage());
        }
        env.out().println("Removed the slot \"" + name + "\".");
        return ExitCode.OK;
    }
}
