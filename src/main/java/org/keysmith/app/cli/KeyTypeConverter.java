package org.keysmith.app.cli;

import java.util.Arrays;
import java.util.Iterator;
import java.util.Locale;
import org.keysmith.domain.KeyType;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * {@code --type api_trading|third_party_app}: the create wizard's key types, spelled as in the JSON output (hyphens
 * are accepted too).
 */
final class KeyTypeConverter implements ITypeConverter<KeyType> {
    @Override
    public KeyType convert(String value) {
        String v = value.strip().toLowerCase(Locale.ROOT).replace('-', '_');
        return Arrays.stream(KeyType.values()).filter(t -> token(t).equals(v)).findFirst()
                .orElseThrow(() -> new TypeConversionException("'" + value + "' is not a key type; use "
                        + String.join(", ", new Names())));
    }

    static String token(KeyType t) {
        return t.name().toLowerCase(Locale.ROOT);
    }

    /** The accepted values, for help and completion. */
    static final class Names implements Iterable<String> {
        @Override
        public Iterator<String> iterator() {
            return Arrays.stream(KeyType.values()).map(KeyTypeConverter::token).iterator();
        }
    }
}
