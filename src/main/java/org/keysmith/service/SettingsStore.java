package org.keysmith.service;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.lang.System.Logger.Level;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.keysmith.vault.AtomicFiles;

/**
 * Loads and saves {@link Settings}. A missing file means defaults; a damaged one is set aside as
 * {@code settings.json.broken} (settings are not precious) and defaults are used, with a log line.
 */
public final class SettingsStore {
    private static final System.Logger LOG = System.getLogger(SettingsStore.class.getName());
    private final Path file;
    private final AtomicFiles files;
    private final ObjectMapper json = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(SerializationFeature.INDENT_OUTPUT)
            .build();

    public SettingsStore(Path file, AtomicFiles files) {
        this.file = file;
        this.files = files;
    }

    public Settings load() {
        try {
            return json.readValue(Files.readAllBytes(file), Settings.class);
        } catch (NoSuchFileException e) {
            return Settings.defaults();
        } catch (IOException e) {
            LOG.log(Level.WARNING, "Settings file {0} is unreadable ({1}); using defaults", file, e.getMessage());
            setAside();
            return Settings.defaults();
        }
    }

    /** Writes the settings atomically; throws with a message naming the file when that fails. */
    public void save(Settings settings) throws IOException {
        files.write(file, json.writeValueAsBytes(settings));
    }

    private void setAside() {
        try {
            Files.move(file, file.resolveSibling(file.getFileName() + ".broken"), StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            LOG.log(Level.WARNING, "Could not set aside {0}: {1}", file, e.getMessage());
        }
    }
}
