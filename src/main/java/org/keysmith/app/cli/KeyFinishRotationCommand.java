package org.keysmith.app.cli;

import java.util.List;
import org.keysmith.domain.ApiKeyEntry;
import org.keysmith.domain.Rotation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code keysmith key finish-rotation NAME [--yes]}: the bots use the new key; revoke the old one now. */
@Command(name = "finish-rotation", header = "End a rotation now: revoke the old key (once the new one verified).",
        description = "NAME is the old key or the new one. Asks first on a terminal; --yes skips the question (and "
                + "is needed without a terminal).")
final class KeyFinishRotationCommand extends UnlockingCommand {
    @Parameters(paramLabel = "NAME", description = "The old or the new key of the rotation (name or id).")
    String key;
    @Mixin
    KeyConnectionOption connection = new KeyConnectionOption();
    @Mixin
    Confirmation confirm = new Confirmation();

    KeyFinishRotationCommand(CliEnvironment env) {
        super(env);
    }

    @Override
    void validate() throws CliFailure {
        confirm.possible(env, "finishing a rotation");
    }

    @Override
    int run(Unlocked u) throws Exception {
        ApiKeyEntry e = connection.key(u.context(), key);
        List<Rotation> open = u.context().rotation().unfinished().stream()
                .filter(r -> e.id().equals(r.oldKeyId()) || e.id().equals(r.newKeyId())).toList();
        if (open.isEmpty()) {
            throw CliFailure.notFound("\"" + e.name() + "\" is not being rotated (start with: keysmith key rotate "
                    + e.name() + ")");
        }
        Rotation r = open.get(0);
        String oldName = u.context().session().vault().entry(r.oldKeyId()).map(ApiKeyEntry::name).orElse("?");
        confirm.ask(env, "Revoke the old key \"" + oldName + "\" now? Bots still using it stop working.");
        Rotation done = u.context().rotation().finish(r.id());
        env.out().println("Rotation to \"" + done.newName() + "\" finished: the old key \"" + oldName
                + "\" was revoked.");
        return ExitCode.OK;
    }
}
