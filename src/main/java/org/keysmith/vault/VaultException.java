package org.keysmith.vault;

import org.keysmith.domain.HasUserMessage;
import java.nio.file.Path;
import java.util.List;

/** A vault operation failed; the message says what happened and what to do, and never contains a secret. */
public class VaultException extends Exception implements HasUserMessage {
    public VaultException(String userMessage) {
        super(userMessage);
    }

    public VaultException(String userMessage, Throwable cause) {
        super(userMessage, cause);
    }

    @Override
    public String userMessage() {
        return getMessage();
    }

    /** The master password does not open this vault. */
    public static final class WrongPassword extends VaultException {
        public WrongPassword() {
            super("Wrong master password. Check Caps Lock and the keyboard layout, and try again.");
        }
    }

    /** The file is not a vault Keysmith can read: damaged, truncated, or changed by another program. */
    public static final class Damaged extends VaultException {
        public Damaged(String detail, List<Path> backups, Throwable cause) {
            super("The vault file is damaged or was modified outside Keysmith (" + detail + "). "
                    + (backups.isEmpty() ? "There is no backup of it."
                    : "Try opening a backup instead: " + backups + " (newest first)."), cause);
        }
    }

    /** Written by a newer Keysmith. */
    public static final class TooNew extends VaultException {
        public TooNew(int version) {
            super("This vault was made by a newer Keysmith (vault format " + version + "). Update Keysmith to open it; "
                    + "the file was not changed.");
        }
    }

    /** Another program (or another Keysmith) changed the file since it was opened. */
    public static final class ChangedOnDisk extends VaultException {
        public ChangedOnDisk(Path file) {
            super("The vault file " + file + " was changed by another program (a sync tool, a restored copy, another "
                    + "Keysmith) since Keysmith opened it, so Keysmith did not overwrite it. Your changes since then "
                    + "are NOT saved, and locking discards them: note what you changed, then lock, unlock to load "
                    + "the file as it is now, and make those changes again.");
        }
    }

    /** Another Keysmith has this vault open. */
    public static final class InUse extends VaultException {
        public InUse(Path file) {
            super("The vault " + file + " is open in another Keysmith (a window, or a command still running). "
                    + "Close that one, or wait for the command to end, and try again.");
        }
    }

    /** Saving failed (disk full, read-only, permission denied); the previous file is intact. */
    public static final class SaveFailed extends VaultException {
        public SaveFailed(String message, Throwable cause) {
            super(message, cause);
        }
    }

    /** Too many wrong passwords in a row: the next attempt must wait (the KDF is not run). */
    public static final class TooManyAttempts extends VaultException {
        public TooManyAttempts(long seconds) {
            super("Too many wrong master passwords in a row. Wait " + seconds + " second" + (seconds == 1 ? "" : "s")
                    + " and try again.");
        }
    }

    /** The file is far larger than any vault (or not a vault at all); it is not read. */
    public static final class TooLarge extends VaultException {
        public TooLarge(Path file, long size) {
            super("The file " + file + " is " + size / (1024 * 1024) + " MB, far larger than any Keysmith vault "
                    + "(at most " + VaultStore.MAX_FILE_BYTES / (1024 * 1024) + " MB), so Keysmith did not read it. "
                    + "Check that you chose the right file.");
        }
    }

    /** The vault was locked, and its secrets wiped; it must be unlocked again. */
    public static final class Locked extends VaultException {
        public Locked() {
            super("The vault is locked. Unlock it with your master password.");
        }
    }
}
