package org.keysmith.app.cli;

import java.util.Arrays;
import java.util.Iterator;
import org.keysmith.service.export.ExportFormat;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** {@code --format freqtrade|hummingbot|ccxt|python-okx|env}. */
final class FormatConverter implements ITypeConverter<ExportFormat> {
    @Override
    public ExportFormat convert(String value) {
        return ExportFormat.byCliName(value.strip()).orElseThrow(() -> new TypeConversionException("'" + value
                + "' is not an export format; use " + String.join(", ", new Names())));
    }

    /** The accepted values, for help and completion. */
    static final class Names implements Iterable<String> {
        @Override
        public Iterator<String> iterator() {
            return Arrays.stream(ExportFormat.values()).map(ExportFormat::cliName).iterator();
        }
    }
}
