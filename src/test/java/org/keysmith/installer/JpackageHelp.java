package org.keysmith.installer;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the jpackage of the JDK running the tests accepts, read from its own help texts (which list the options of
 * every OS, although {@code jpackage --help} prints only this one's).
 */
final class JpackageHelp {
    private static final String RESOURCE =
            "/modules/jdk.jpackage/jdk/jpackage/internal/resources/HelpResources.properties";
    /** An option as the help lists it: two spaces at the start of a line (or after a {n} placeholder). */
    private static final Pattern OPTION = Pattern.compile("(?m)(?:^|\\}) {2}(--[a-z][a-z0-9-]*)");
    private static final Pattern QUOTED = Pattern.compile("\"([a-z][a-z-]*)\"");

    private final Properties help;

    private JpackageHelp(Properties help) {
        this.help = help;
    }

    /** Empty when this Java has no jpackage (a JRE, or a JDK without the jdk.jpackage module). */
    static Optional<JpackageHelp> ofThisJdk() throws IOException {
        if (ModuleLayer.boot().findModule("jdk.jpackage").isEmpty()) {
            return Optional.empty();
        }
        Properties p = new Properties();
        try (InputStream in = Files.newInputStream(FileSystems.getFileSystem(URI.create("jrt:/")).getPath(RESOURCE))) {
            p.load(in);
        }
        return Optional.of(new JpackageHelp(p));
    }

    /** The options jpackage accepts when it runs on {@code os} (linux, windows, macos), generic ones included. */
    Set<String> options(String os) {
        Set<String> out = listedIn("MSG_Help");
        String prefix = switch (os) {
            case "linux" -> "MSG_Help_linux_";
            case "windows" -> "MSG_Help_win_";
            case "macos" -> "MSG_Help_mac_";
            default -> throw new IllegalArgumentException("no such OS: " + os);
        };
        help.stringPropertyNames().stream().filter(k -> k.startsWith(prefix)).forEach(k -> out.addAll(listedIn(k)));
        return out;
    }

    /** The keys a launcher's properties file ({@code --add-launcher name=file}) may hold. */
    Set<String> launcherKeys() {
        String text = help.getProperty("MSG_Help");
        int from = text.indexOf("--add-launcher");
        String paragraph = text.substring(from, text.indexOf("--arguments", from));
        Set<String> keys = new LinkedHashSet<>();
        Matcher m = QUOTED.matcher(paragraph);
        while (m.find()) {
            keys.add(m.group(1));
        }
        return keys;
    }

    private Set<String> listedIn(String key) {
        Set<String> out = new LinkedHashSet<>();
        Matcher m = OPTION.matcher(help.getProperty(key, ""));
        while (m.find()) {
            out.add(m.group(1));
        }
        return out;
    }
}
