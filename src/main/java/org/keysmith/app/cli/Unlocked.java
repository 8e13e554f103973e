package org.keysmith.app.cli;

import java.util.Arrays;
import org.keysmith.app.AppContext;
import org.keysmith.service.UserFacingException;

/**
 * An unlocked vault with the app's services for one command. Unlocking counts as giving the master password, so
 * the re-authentication grace (VaultSession.REAUTH_GRACE) covers the command that follows. Closing saves what is
 * unsaved, locks and stops the services.
 */
final class Unlocked implements AutoCloseable {
    private final AppContext context;

    private Unlocked(AppContext context) {
        this.context = context;
    }

    /** Opens the vault with {@code password}, which is wiped whatever happens. */
    static Unlocked open(CliEnvironment env, VaultOption vault, char[] password) throws CliFailure,
            UserFacingException {
        AppContext context = env.contexts().open(vault.path());
        try {
            if (!context.session().exists()) {
                throw new CliFailure(ExitCode.ERROR, "there is no vault at " + context.session().file()
                        + ". Create one with: keysmith vault create (or name another with --vault PATH)");
            }
            context.session().unlock(password);
        } catch (CliFailure | UserFacingException | RuntimeException e) {
            context.close();
            throw e;
        } finally {
            Arrays.fill(password, '\0');
        }
        context.session().unlockNotices().forEach(n -> env.err().println("keysmith: " + n));
        return new Unlocked(context);
    }

    AppContext context() {
        return context;
    }

    /**
     * What the app does after an unlock before it touches the exchange: settles creates whose answer was lost and
     * continues unfinished rotations; each line that needs the user's attention goes to standard error.
     */
    void settleUnfinishedWork(CliEnvironment env) throws UserFacingException {
        context.keys().reconcilePending().forEach(l -> env.err().println("keysmith: " + l));
        context.rotation().resumeAll().forEach(l -> env.err().println("keysmith: " + l));
    }

    @Override
    public void close() {
        context.close();
    }
}
