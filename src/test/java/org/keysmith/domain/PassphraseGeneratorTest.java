package org.keysmith.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.SecureRandom;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PassphraseGeneratorTest {
    private final PassphraseGenerator generator = new PassphraseGenerator(new SecureRandom());
    private final PassphrasePolicy policy = new PassphrasePolicy();

    @Test
    void defaultLengthIsTwenty() {
        assertThat(generator.generate().length()).isEqualTo(20);
    }

    @Test
    void alwaysSatisfiesThePolicyAtEveryLength() {
        for (int length = 8; length <= 32; length++) {
            for (int i = 0; i < 200; i++) {
                Secret p = generator.generate(length);
                assertThat(p.length()).isEqualTo(length);
                assertThat(policy.unmet(p)).as("length %d", length).isEmpty();
            }
        }
    }

    @Test
    void usesOnlyShellAndEnvSafeCharacters() {
        String forbidden = "$`'\"\\& #";
        for (int i = 0; i < 2000; i++) {
            for (char c : generator.generate().chars()) {
                assertThat(forbidden.indexOf(c)).as("char %s", c).isLessThan(0);
                assertThat(Character.isLetterOrDigit(c) && c < 128 || PassphraseGenerator.SAFE_SPECIALS.indexOf(c) >= 0)
                        .isTrue();
            }
        }
    }

    @Test
    void doesNotRepeat() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 1000; i++) {
            seen.add(new String(generator.generate().chars()));
        }
        assertThat(seen).hasSize(1000);
    }

    @Test
    void everyPositionTakesEveryClass() {
        // the four guaranteed characters are shuffled, not always in front
        Set<Character> firstChars = new HashSet<>();
        for (int i = 0; i < 500; i++) {
            firstChars.add(generator.generate().charAt(0));
        }
        assertThat(firstChars).anyMatch(Character::isDigit).anyMatch(Character::isLowerCase)
                .anyMatch(Character::isUpperCase);
    }

    @Test
    void refusesLengthsOutsideThePolicy() {
        assertThatThrownBy(() -> generator.generate(7)).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> generator.generate(33)).isInstanceOf(InvalidInputException.class);
    }
}
