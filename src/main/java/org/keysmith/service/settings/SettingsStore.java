package org.keysmith.service.settings;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.System.Logger.Level;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Properties;
import org.keysmith.files.AtomicFiles;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;

/**
 * Loads and saves {@link Settings} as a small properties file. (Properties rather than JSON: reading it needs
 * no extra classes, and it is read before the first window shows.) A missing file means defaults; a value
 * that doesn't parse falls back to its default, with a log line.
 */
public final class SettingsStore {
    private static final System.Logger LOG = System.getLogger(SettingsStore.class.getName());
    private final Path file;
    private final AtomicFiles files;

    public SettingsStore(Path file, AtomicFiles files) {
        this.file = file;
        this.files = files;
    }

    public Settings load() {
        Properties p = new Properties();
        try (InputStream in = Files.newInputStream(file)) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (NoSuchFileException e) {
            return Settings.defaults();
        } catch (IOException | IllegalArgumentException e) {
            LOG.log(Level.WARNING, "Settings file {0} is unreadable ({1}); using defaults", file, e.getMessage());
            return Settings.defaults();
        }
        return SettingsProperties.read(p, (key, value) ->
                LOG.log(Level.WARNING, "Setting {0}={1} in {2} is not a value Keysmith accepts; "
                        + "using the default or the nearest allowed value", key, value, file));
    }

    /** Writes the settings atomically; throws with a message naming the file when that fails. */
    public void save(Settings settings) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        SettingsProperties.write(settings).store(new OutputStreamWriter(out, StandardCharsets.UTF_8),
                "Keysmith settings");
        files.write(file, out.toByteArray());
    }
}
