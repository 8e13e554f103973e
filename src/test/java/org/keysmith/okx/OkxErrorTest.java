package org.keysmith.okx;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class OkxErrorTest {
    @Test
    void looksUpCodesIgnoringSubCodes() {
        assertThat(OkxError.of("50119")).contains(OkxError.KEY_DOES_NOT_EXIST);
        assertThat(OkxError.of("51000_1000")).contains(OkxError.PARAMETER_ERROR);
        assertThat(OkxError.of("99999")).isEmpty();
        assertThat(OkxError.of(null)).isEmpty();
    }

    @Test
    void siteMismatchIsExplained() {
        assertThat(OkxError.KEY_DOES_NOT_EXIST.userMessage()).contains("Global").contains("EEA").contains("US");
    }

    @Test
    void everyCodeIsUniqueAndHasAUserMessage() {
        assertThat(Arrays.stream(OkxError.values()).map(OkxError::code).distinct().count())
                .isEqualTo(OkxError.values().length);
        assertThat(OkxError.values()).allSatisfy(e -> assertThat(e.userMessage()).endsWith("."));
    }
}
