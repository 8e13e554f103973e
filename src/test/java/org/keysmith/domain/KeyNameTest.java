package org.keysmith.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class KeyNameTest {
    @ParameterizedTest
    @ValueSource(strings = {"a", "bot1", "ABCDEFGHIJ", "0123456789", "Z9"})
    void acceptsOneToTenLettersAndDigits(String name) {
        assertThat(KeyName.parse(name).get().value()).isEqualTo(name);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   "})
    void asksForANameWhenEmpty(String name) {
        assertThat(KeyName.parse(name).error()).get().asString().startsWith("Enter a name");
    }

    @ParameterizedTest
    @ValueSource(strings = {"ABCDEFGHIJK", "01234567890123"})
    void rejectsMoreThanTenCharactersSayingHowMany(String name) {
        assertThat(KeyName.parse(name).error()).get().asString()
                .contains(name.length() + " characters").contains("at most 10");
    }

    @ParameterizedTest
    @ValueSource(strings = {"bot-1", "my bot", "bot_1", "café", "a.b", "tab\there"})
    void rejectsSymbolsSpacesAndNonAsciiNamingTheCharacter(String name) {
        assertThat(KeyName.parse(name).error()).get().asString().contains("only contain letters and digits");
    }

    @ParameterizedTest
    @ValueSource(strings = {"bot-1"})
    void namesTheOffendingCharacter(String name) {
        assertThat(KeyName.parse(name).error()).get().asString().contains("'-'");
        assertThat(KeyName.parse("my bot").error()).get().asString().contains("the space");
    }

    @ParameterizedTest
    @ValueSource(strings = {"bad name"})
    void constructorRefusesInvalidNamesWithTheUserMessage(String name) {
        assertThatThrownBy(() -> new KeyName(name)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("letters and digits");
    }
}
