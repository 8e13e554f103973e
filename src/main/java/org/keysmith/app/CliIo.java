package org.keysmith.app;

import java.io.Console;
import java.io.InputStream;
import java.io.PrintStream;

/** The streams a CLI command talks through; {@code console} is null when stdin is not a terminal. */
public record CliIo(InputStream in, PrintStream out, PrintStream err, Console console) {
}
