package org.keysmith.app.cli;

import java.util.Arrays;
import java.util.Iterator;
import org.keysmith.service.KeyPlace;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** {@code --site global|eea|us|sandbox}. */
final class PlaceConverter implements ITypeConverter<KeyPlace> {
    @Override
    public KeyPlace convert(String value) {
        return Arrays.stream(KeyPlace.values()).filter(p -> p.cliName().equalsIgnoreCase(value.strip())).findFirst()
                .orElseThrow(() -> new TypeConversionException("'" + value + "' is not a site; use "
                        + String.join(", ", new Names())));
    }

    /** The accepted values, for help and completion. */
    static final class Names implements Iterable<String> {
        @Override
        public Iterator<String> iterator() {
            return Arrays.stream(KeyPlace.values()).map(KeyPlace::cliName).iterator();
        }
    }
}
