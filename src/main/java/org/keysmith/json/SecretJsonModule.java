package org.keysmith.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import java.io.IOException;
import java.util.Arrays;
import org.keysmith.domain.Secret;

/**
 * Jackson support for {@link Secret}: values are read straight from the parser's character buffer and written
 * from a copy that is wiped at once, so a secret never becomes a {@code String} on the way in or out.
 */
public final class SecretJsonModule extends SimpleModule {
    public SecretJsonModule() {
        super("keysmith-secret");
        addSerializer(Secret.class, new JsonSerializer<>() {
            @Override
            public void serialize(Secret value, JsonGenerator gen, SerializerProvider p) throws IOException {
                char[] chars = value.chars();
                try {
                    gen.writeString(chars, 0, chars.length);
                } finally {
                    Arrays.fill(chars, '\0');
                }
            }
        });
        addDeserializer(Secret.class, new JsonDeserializer<>() {
            @Override
            public Secret deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
                if (p.currentToken() != JsonToken.VALUE_STRING) {
                    return (Secret) ctxt.handleUnexpectedToken(Secret.class, p);
                }
                return Secret.copyOf(p.getTextCharacters(), p.getTextOffset(), p.getTextLength());
            }
        });
    }
}
