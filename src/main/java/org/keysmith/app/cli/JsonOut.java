package org.keysmith.app.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Instant;
import org.keysmith.domain.Secret;
import java.util.Arrays;

/**
 * Writes the documented JSON shapes (docs/cli.md, "JSON output") straight to standard output. Secrets are written
 * from their char[] and never become a String.
 */
final class JsonOut implements AutoCloseable {
    private final JsonGenerator g;

    JsonOut(OutputStream out) throws IOException {
        g = new JsonFactory().createGenerator(out);
        g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
        g.useDefaultPrettyPrinter();
    }

    JsonGenerator generator() {
        return g;
    }

    JsonOut startObject() throws IOException {
        g.writeStartObject();
        return this;
    }

    JsonOut endObject() throws IOException {
        g.writeEndObject();
        return this;
    }

    JsonOut startArray(String field) throws IOException {
        if (field == null) {
            g.writeStartArray();
        } else {
            g.writeArrayFieldStart(field);
        }
        return this;
    }

    /** One string in an array. */
    JsonOut value(String value) throws IOException {
        g.writeString(value);
        return this;
    }

    JsonOut endArray() throws IOException {
        g.writeEndArray();
        return this;
    }

    JsonOut field(String name, String value) throws IOException {
        if (value == null) {
            g.writeNullField(name);
        } else {
            g.writeStringField(name, value);
        }
        return this;
    }

    JsonOut field(String name, Instant value) throws IOException {
        return field(name, value == null ? null : value.toString());
    }

    JsonOut field(String name, boolean value) throws IOException {
        g.writeBooleanField(name, value);
        return this;
    }

    JsonOut field(String name, long value) throws IOException {
        g.writeNumberField(name, value);
        return this;
    }

    /** A secret's characters, written from a copy that is wiped at once. */
    JsonOut secret(String name, Secret value) throws IOException {
        g.writeFieldName(name);
        char[] c = value.chars();
        try {
            g.writeString(c, 0, c.length);
        } finally {
            Arrays.fill(c, '\0');
        }
        return this;
    }

    @Override
    public void close() throws IOException {
        g.writeRaw(System.lineSeparator());
        g.flush();
    }
}
