package org.keysmith.vault;

import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.PropertyAccessor;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.util.List;
import org.keysmith.domain.ApiKeyEntry;
import org.keysmith.domain.IpAllowlist;
import org.keysmith.domain.Permissions;
import org.keysmith.json.SecretJsonModule;
import org.keysmith.json.WipingBuffers;

/**
 * JSON for the payload. Records are written from their components only (no derived getters); secrets are
 * written and read without Strings; permissions and IP lists use OKX's wire form; nulls are left out;
 * instants are epoch milliseconds (faster to read than ISO text); Jackson's buffers are wiped after use. IP lists
 * were canonical when written, so they are read back as they are.
 */
final class VaultJson {
    private VaultJson() {
    }

    static ObjectMapper mapper() {
        return mapper(true);
    }

    /** {@code fastEntries}: write key entries with {@link EntryJsonWriter} (false only to test it). */
    static ObjectMapper mapper(boolean fastEntries) {
        SimpleModule perms = new SimpleModule("keysmith-permissions");
        perms.addSerializer(Permissions.class, new JsonSerializer<>() {
            @Override
            public void serialize(Permissions p, JsonGenerator g, SerializerProvider s) throws IOException {
                g.writeString(p.toWire());
            }
        });
        perms.addDeserializer(Permissions.class, new JsonDeserializer<>() {
            @Override
            public Permissions deserialize(JsonParser p, DeserializationContext c) throws IOException {
                return Permissions.fromWire(p.getValueAsString()).value().orElse(Permissions.readOnly());
            }
        });
        perms.addSerializer(IpAllowlist.class, new JsonSerializer<>() {
            @Override
            public void serialize(IpAllowlist ips, JsonGenerator g, SerializerProvider s) throws IOException {
                g.writeString(ips.toWire());
            }
        });
        perms.addDeserializer(IpAllowlist.class, new JsonDeserializer<>() {
            @Override
            public IpAllowlist deserialize(JsonParser p, DeserializationContext c) throws IOException {
                String wire = p.getValueAsString();
                return wire == null || wire.isEmpty() ? IpAllowlist.empty() : new IpAllowlist(List.of(wire.split(",")));
            }
        });
        if (fastEntries) {
            perms.addSerializer(ApiKeyEntry.class, new EntryJsonWriter());
        }
        return JsonMapper.builder(JsonFactory.builder().recyclerPool(new WipingBuffers()).build())
                .addModule(new JavaTimeModule())
                .addModule(new SecretJsonModule())
                .addModule(perms)
                .enable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .disable(SerializationFeature.WRITE_DATE_TIMESTAMPS_AS_NANOSECONDS)
                .disable(DeserializationFeature.READ_DATE_TIMESTAMPS_AS_NANOSECONDS)
                .serializationInclusion(JsonInclude.Include.NON_NULL)
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .visibility(PropertyAccessor.GETTER, Visibility.NONE)
                .visibility(PropertyAccessor.IS_GETTER, Visibility.NONE)
                .visibility(PropertyAccessor.FIELD, Visibility.ANY)
                .build();
    }
}
