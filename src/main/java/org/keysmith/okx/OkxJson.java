package org.keysmith.okx;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import java.io.IOException;
import org.keysmith.domain.Secret;

/**
 * The one Jackson configuration for OKX JSON. {@link Secret} values are read straight from the parser's
 * character buffer and written from a wiped copy, so they never become a {@code String}.
 */
public final class OkxJson {
    private OkxJson() {
    }

    public static ObjectMapper newMapper() {
        return JsonMapper.builder()
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.ACCEPT_SINGLE_VALUE_AS_ARRAY)
                .addModule(secretModule())
                .build();
    }

    public static SimpleModule secretModule() {
        SimpleModule module = new SimpleModule("keysmith-secret");
        module.addSerializer(Secret.class, new SecretSerializer());
        module.addDeserializer(Secret.class, new SecretDeserializer());
        return module;
    }

    private static final class SecretSerializer extends JsonSerializer<Secret> {
        @Override
        public void serialize(Secret value, JsonGenerator gen, SerializerProvider serializers) throws IOException {
            char[] chars = value.chars();
            try {
                gen.writeString(chars, 0, chars.length);
            } finally {
                java.util.Arrays.fill(chars, '\0');
            }
        }
    }

    private static final class SecretDeserializer extends JsonDeserializer<Secret> {
        @Override
        public Secret deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            if (p.currentToken() != JsonToken.VALUE_STRING) {
                return (Secret) ctxt.handleUnexpectedToken(Secret.class, p);
            }
            return Secret.copyOf(p.getTextCharacters(), p.getTextOffset(), p.getTextLength());
        }
    }
}
