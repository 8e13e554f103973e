package org.keysmith.okx;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import org.keysmith.json.SecretJsonModule;

/** The one Jackson configuration for OKX JSON; secrets are handled by {@link SecretJsonModule}. */
public final class OkxJson {
    private OkxJson() {
    }

    public static ObjectMapper newMapper() {
        return JsonMapper.builder()
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.ACCEPT_SINGLE_VALUE_AS_ARRAY)
                .addModule(new SecretJsonModule())
                .build();
    }
}
