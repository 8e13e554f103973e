package org.keysmith.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PassphrasePolicyTest {
    private final PassphrasePolicy policy = new PassphrasePolicy();

    private static Secret s(String text) {
        return Secret.copyOf(text.toCharArray());
    }

    @ParameterizedTest
    @ValueSource(strings = {"Abc123!x", "Abc123!xyz", "aB3-aaaaaaaaaaaaaaaaaaaaaaaaaaaa", "P@ssw0rd#with$ymbols"})
    void acceptsEightToThirtyTwoWithAllFourClasses(String p) {
        assertThat(policy.check(s(p)).isValid()).isTrue();
        assertThat(policy.unmet(s(p))).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({
        "Ab1!, LENGTH",
        "aB3-aaaaaaaaaaaaaaaaaaaaaaaaaaaaa, LENGTH",
        "abc123!xyz, UPPER",
        "ABC123!XYZ, LOWER",
        "Abcdefg!xyz, DIGIT",
        "Abc123xyz9, SPECIAL"
    })
    void reportsTheUnmetRule(String p, PassphrasePolicy.Rule rule) {
        assertThat(policy.unmet(s(p))).contains(rule);
        assertThat(policy.check(s(p)).isValid()).isFalse();
    }

    @Test
    void spacesAndNonAsciiAreRefused() {
        assertThat(policy.unmet(s("Abc 123!xyz"))).containsExactly(PassphrasePolicy.Rule.PRINTABLE);
        assertThat(policy.unmet(s("Abc123!xyzé"))).containsExactly(PassphrasePolicy.Rule.PRINTABLE);
    }

    @Test
    void messagesAreForPeopleAndNeverEchoThePassphrase() {
        String p = "short1A!";
        assertThat(policy.check(s("Ab1!")).error()).get().asString().contains("4 characters").contains("8–32");
        assertThat(policy.check(s("abcdefgh1!")).error()).get().asString().contains("upper-case");
        assertThat(policy.check(s("")).error()).get().asString().contains("Generate");
        assertThat(policy.check(null).isValid()).isFalse();
        assertThat(policy.check(s(p)).toString()).doesNotContain(p);
    }

    @Test
    void checklistTicksAsYouType() {
        assertThat(policy.satisfied(s("a"))).containsExactly(PassphrasePolicy.Rule.LOWER,
                PassphrasePolicy.Rule.PRINTABLE);
        assertThat(policy.satisfied(s("aA1-"))).hasSize(5).doesNotContain(PassphrasePolicy.Rule.LENGTH);
    }
}
