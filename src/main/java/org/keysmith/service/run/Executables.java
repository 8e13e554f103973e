package org.keysmith.service.run;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Optional;

/** Finds a program as a shell would: a name with a folder as it is, a bare name on PATH. */
public final class Executables {
    private Executables() {
    }

    static Optional<Path> find(String command) {
        return find(command, System.getenv("PATH"));
    }

    /** As {@link #find(String)}, with {@code path} as the PATH (null: a bare name is not found). */
    public static Optional<Path> find(String command, String path) {
        try {
            if (command.isEmpty()) {
                return Optional.empty();
            }
            if (command.contains("/") || command.contains(File.separator)) {
                Path p = Path.of(command);
                return Files.isExecutable(p) && !Files.isDirectory(p) ? Optional.of(p) : Optional.empty();
            }
            if (path == null) {
                return Optional.empty();
            }
            for (String dir : path.split(File.pathSeparator)) {
                for (String ext : extensions()) {
                    Path p = Path.of(dir.isEmpty() ? "." : dir, command + ext);
                    if (Files.isExecutable(p) && !Files.isDirectory(p)) {
                        return Optional.of(p);
                    }
                }
            }
            return Optional.empty();
        } catch (InvalidPathException e) {
            return Optional.empty();
        }
    }

    /** The path {@code command} names when it has a folder in it ({@code ./bot.sh}), else null (a PATH name). */
    static Path given(String command) {
        try {
            return command.contains("/") || command.contains(File.separator) ? Path.of(command) : null;
        } catch (InvalidPathException e) {
            return null;
        }
    }

    private static String[] extensions() {
        return System.getProperty("os.name", "").startsWith("Windows")
                ? new String[] {"", ".exe", ".cmd", ".bat"} : new String[] {""};
    }
}
