package org.keysmith.service;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PasswordPolicyTest {
    private final PasswordPolicy policy = new PasswordPolicy(new PasswordStrength());

    @Test
    void aLongHardToGuessPasswordIsAccepted() {
        PasswordPolicy.Verdict v = policy.check("tundra ladle Orbit quince 47".toCharArray());

        assertThat(v.accepted()).isTrue();
        assertThat(v.problems()).isEmpty();
        assertThat(v.reason()).isEmpty();
        assertThat(v.estimate().score()).isGreaterThanOrEqualTo(PasswordPolicy.MIN_SCORE);
    }

    @Test
    void aShortPasswordIsRefusedEvenWhenItLooksRandom() {
        char[] pw = "Xq7#pL2!vR".toCharArray();
        PasswordPolicy.Verdict v = policy.check(pw);

        assertThat(v.accepted()).isFalse();
        assertThat(v.length()).isEqualTo(10);
        assertThat(v.reason()).contains("It has 10 characters").contains("at least 12");
    }

    @Test
    void aLongButCommonPasswordIsRefusedForItsScore() {
        PasswordPolicy.Verdict v = policy.check("passwordpassword".toCharArray());

        assertThat(v.accepted()).isFalse();
        assertThat(v.estimate().score()).isLessThan(PasswordPolicy.MIN_SCORE);
        assertThat(v.problems()).singleElement().asString().contains("easy to guess").contains("at least 3");
    }

    @Test
    void twelveCharactersIsTheBoundary() {
        assertThat(policy.check("kT9#vQ2!mZ7&".toCharArray()).problems())
                .noneMatch(p -> p.contains("characters"));
        assertThat(policy.check("kT9#vQ2!mZ7".toCharArray()).problems())
                .anyMatch(p -> p.contains("It has 11 characters"));
    }

    @Test
    void anEmptyPasswordIsRefusedForBothReasons() {
        PasswordPolicy.Verdict v = policy.check(new char[0]);

        assertThat(v.accepted()).isFalse();
        assertThat(v.problems()).hasSize(2);
        assertThat(v.reason()).contains("It has 0 characters").contains("\"Very weak\"");
    }

    @Test
    void charactersOutsideTheBasicPlaneCountOnce() {
        String emoji = "\uD83D\uDD11";
        PasswordPolicy.Verdict v = policy.check((emoji.repeat(11)).toCharArray());

        assertThat(v.length()).isEqualTo(11);
    }

    @Test
    void checkingLeavesTheCallersArrayIntactAndTheReasonNeverQuotesThePassword() {
        char[] pw = "monkey123abc".toCharArray();
        PasswordPolicy.Verdict v = policy.check(pw);

        assertThat(new String(pw)).isEqualTo("monkey123abc");
        assertThat(v.accepted()).isFalse();
        assertThat(v.reason()).doesNotContain("monkey");
        assertThat(v.toString()).doesNotContain("monkey123abc");
    }

    @Test
    void onlyTheExactPhraseConfirmsTheOverride() {
        assertThat(PasswordPolicy.isOverrideConfirmation("I accept a weak password")).isTrue();
        assertThat(PasswordPolicy.isOverrideConfirmation("  i ACCEPT a weak password ")).isTrue();
        assertThat(PasswordPolicy.isOverrideConfirmation("I accept")).isFalse();
        assertThat(PasswordPolicy.isOverrideConfirmation("yes")).isFalse();
        assertThat(PasswordPolicy.isOverrideConfirmation("")).isFalse();
        assertThat(PasswordPolicy.isOverrideConfirmation(null)).isFalse();
    }
}
