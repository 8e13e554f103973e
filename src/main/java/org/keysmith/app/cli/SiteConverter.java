package org.keysmith.app.cli;

import java.util.Arrays;
import java.util.Iterator;
import java.util.Locale;
import org.keysmith.domain.Site;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** {@code --site global|eea|us|custom} for a connection. */
final class SiteConverter implements ITypeConverter<Site> {
    @Override
    public Site convert(String value) {
        return Arrays.stream(Site.values()).filter(s -> token(s).equalsIgnoreCase(value.strip())).findFirst()
                .orElseThrow(() -> new TypeConversionException("'" + value + "' is not a site; use "
                        + String.join(", ", new Names())));
    }

    static String token(Site s) {
        return s.name().toLowerCase(Locale.ROOT);
    }

    /** The accepted values, for help and completion. */
    static final class Names implements Iterable<String> {
        @Override
        public Iterator<String> iterator() {
            return Arrays.stream(Site.values()).map(SiteConverter::token).iterator();
        }
    }
}
