package org.keysmith.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SubAccountNameTest {
    @ParameterizedTest
    @ValueSource(strings = {"abc123", "Trading01", "ABCDEFGHIJ0123456789"})
    void acceptsSixToTwentyLettersAndDigits(String name) {
        assertThat(SubAccountName.parse(name).isValid()).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"abc12", "ABCDEFGHIJ01234567890", ""})
    void rejectsWrongLengths(String name) {
        assertThat(SubAccountName.parse(name).isValid()).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"sub_account", "sub account", "sub-acct1"})
    void rejectsSymbols(String name) {
        assertThat(SubAccountName.parse(name).error()).get().asString().contains("letters and digits");
    }
}
