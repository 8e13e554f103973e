package org.keysmith.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class SecretTest {
    @Test
    void toStringNeverShowsTheValue() {
        Secret s = Secret.copyOf("hunter2".toCharArray());
        assertThat(s.toString()).isEqualTo("***");
        assertThat(new ApiCredentials("key-1", s, s).toString()).doesNotContain("hunter2").contains("key-1");
    }

    @Test
    void destroyWipesAndFurtherUseFailsClearly() {
        char[] chars = "hunter2".toCharArray();
        Secret s = Secret.wrap(chars);
        s.destroy();
        assertThat(chars).containsOnly('\0');
        assertThat(s.isDestroyed()).isTrue();
        assertThatThrownBy(s::chars).hasMessageContaining("wiped").hasMessageNotContaining("hunter2");
    }

    @Test
    void copyOfLeavesTheCallersArrayAlone() {
        char[] chars = "abc".toCharArray();
        Secret s = Secret.copyOf(chars);
        s.destroy();
        assertThat(chars).containsExactly('a', 'b', 'c');
    }

    @Test
    void utf8RoundTripWithoutStrings() {
        Secret s = Secret.copyOf("pässwörd✓".toCharArray());
        byte[] bytes = s.utf8();
        assertThat(bytes).isEqualTo("pässwörd✓".getBytes(StandardCharsets.UTF_8));
        assertThat(Secret.fromUtf8(bytes).contentEquals(s)).isTrue();
    }

    @Test
    void contentEqualsComparesValues() {
        assertThat(Secret.copyOf("a".toCharArray()).contentEquals(Secret.copyOf("a".toCharArray()))).isTrue();
        assertThat(Secret.copyOf("a".toCharArray()).contentEquals(Secret.copyOf("b".toCharArray()))).isFalse();
        assertThat(Secret.copyOf("a".toCharArray()).contentEquals(null)).isFalse();
    }

    @Test
    void withCharsWipesTheTemporaryCopy() {
        Secret s = Secret.copyOf("abc".toCharArray());
        char[][] seen = new char[1][];
        s.withChars(c -> seen[0] = c);
        assertThat(seen[0]).containsOnly('\0');
        assertThat(s.chars()).containsExactly('a', 'b', 'c');
    }
}
