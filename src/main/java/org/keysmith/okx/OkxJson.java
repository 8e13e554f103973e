package org.keysmith.okx;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import org.keysmith.json.SecretJsonModule;
import org.keysmith.json.WipingBuffers;

/**
 * The one Jackson configuration for OKX JSON; secrets are handled by {@link SecretJsonModule}, and the parser's and
 * generator's working buffers (which see a create's secret and passphrase) are wiped after use ({@link WipingBuffers}).
 */
public final class OkxJson {
    private OkxJson() {
    }

    public static ObjectMapper newMapper() {
        return JsonMapper.builder(JsonFactory.builder().recyclerPool(new WipingBuffers()).build())
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.ACCEPT_SINGLE_VALUE_AS_ARRAY)
                .addModule(new SecretJsonModule())
                .build();
    }
}
