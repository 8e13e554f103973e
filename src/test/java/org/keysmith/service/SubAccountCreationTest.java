package org.keysmith.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.keysmith.domain.Secret;
import org.keysmith.domain.SubAccountName;

/** Creating a sub-account as OKX allows it (fidelity review B2-B4): the note rule, KYB's password, 59617. */
class SubAccountCreationTest {
    @TempDir
    Path dir;
    private ServiceFixture f;

    @BeforeEach
    void open() throws Exception {
        f = new ServiceFixture(dir);
    }

    @AfterEach
    void close() {
        f.close();
    }

    private int subAccountsOnTheExchange() throws Exception {
        return f.server().state().allSubAccountsCount();
    }

    @Test
    void aNoteOutsideSixToThirtyTwoCharactersIsRefusedBeforeTheCall() throws Exception {
        int before = subAccountsOnTheExchange();
        UserFacingException e = catchThrowableOfType(UserFacingException.class,
                () -> f.keys.createSubAccount(f.connection(), new SubAccountName("NoteDesk01"), "bot"));
        assertThat(e.userMessage()).contains("6–32").contains("3");
        assertThat(catchThrowableOfType(UserFacingException.class, () -> f.keys.createSubAccount(f.connection(),
                new SubAccountName("NoteDesk01"), "x".repeat(33)))).isNotNull();
        assertThat(subAccountsOnTheExchange()).as("nothing was sent").isEqualTo(before);
        assertThat(f.keys.createSubAccount(f.connection(), new SubAccountName("NoteDesk01"), "  six ch  ").label())
                .isEqualTo("six ch");
        assertThat(f.keys.createSubAccount(f.connection(), new SubAccountName("NoteDesk02"), "").name())
                .isEqualTo("NoteDesk02");
    }

    @Test
    void aKybAccountIsToldToGiveALoginPasswordOrUseTheWebsite() throws Exception {
        f.server().faults().kybMainAccount(true);
        UserFacingException e = catchThrowableOfType(UserFacingException.class,
                () -> f.keys.createSubAccount(f.connection(), new SubAccountName("KybDesk01"), "", null));
        assertThat(e.userMessage()).contains("login password").contains("institutional (KYB)")
                .contains("create the sub-account on");
        try (Secret weak = Secret.copyOf("weakpass".toCharArray());
             Secret good = Secret.copyOf("Login-Pass7".toCharArray())) {
            UserFacingException refused = catchThrowableOfType(UserFacingException.class,
                    () -> f.keys.createSubAccount(f.connection(), new SubAccountName("KybDesk01"), "", weak));
            assertThat(refused.userMessage()).contains("refused the sub-account's login password")
                    .doesNotContain("weakpass");
            NewSubAccount made = f.keys.createSubAccount(f.connection(), new SubAccountName("KybDesk01"), "", good);
            assertThat(made.account().name()).isEqualTo("KybDesk01");
            assertThat(made.warningText()).isEmpty();
        }
    }

    @Test
    void anAccountLevelSetupFailureStillGivesTheNewAccountWithAWarning() throws Exception {
        f.server().faults().accountLevelSetupFailures(1);
        NewSubAccount made = f.keys.createSubAccount(f.connection(), new SubAccountName("HalfDesk01"),
                "half made", null);
        assertThat(made.account().name()).isEqualTo("HalfDesk01");
        assertThat(made.account().label()).isEqualTo("half made");
        assertThat(made.warningText()).hasValueSatisfying(w -> assertThat(w).contains("account level")
                .contains("OKX website"));
        assertThat(f.keys.subAccounts(f.connection())).extracting(s -> s.name()).contains("HalfDesk01");
    }
}
