package org.keysmith.ui.wizard;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.beans.binding.BooleanBinding;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.keysmith.domain.Connection;
import org.keysmith.domain.Environment;
import org.keysmith.domain.KeyDraft.Field;
import org.keysmith.domain.Permission;
import org.keysmith.domain.Secret;
import org.keysmith.domain.Site;
import org.keysmith.domain.SubAccount;

/**
 * The wizard's shared state without a window: every input re-runs the draft's check, each field's error and the
 * pages' "invalid" bindings follow it, and the passphrase is owned and wiped by the model. JavaFX properties need
 * no toolkit, so this runs as a plain unit test.
 */
class CreateKeyViewModelTest {
    private CreateKeyViewModel vm;

    @BeforeEach
    void setUp() {
        Connection sandbox = new Connection(Connection.SANDBOX_ID, "Sandbox", Site.CUSTOM, "http://127.0.0.1:1",
                Environment.LIVE, null);
        vm = new CreateKeyViewModel(sandbox, null, new CreationModel(null, sandbox, null, null, message -> { }));
    }

    private void fillValid() {
        vm.nameProperty().set("gridbot");
        vm.subAccountProperty().set(new SubAccount("botsfra1", "", true));
        vm.setPassphrase(Secret.copyOf("Quiet-River-42".toCharArray()));
    }

    @Test
    void anEmptyDraftIsInvalidOnEveryPageThatHasARequiredField() {
        assertThat(vm.invalid(Field.NAME).get()).isTrue();
        assertThat(vm.error(Field.NAME).get()).isNotBlank();
        assertThat(vm.invalid(Field.TYPE, Field.SUB_ACCOUNT).get()).isTrue();
    }

    @Test
    void eachInputRechecksAndTheBindingsFollow() {
        BooleanBinding namePage = vm.invalid(Field.NAME);
        vm.nameProperty().set("gridbot");
        assertThat(namePage.get()).isFalse();
        assertThat(vm.error(Field.NAME).get()).isEmpty();
        vm.nameProperty().set("much-too-long-name");
        assertThat(namePage.get()).isTrue();
        assertThat(vm.error(Field.NAME).get()).contains("10");
    }

    @Test
    void aValidDraftGivesARequestWithWhatWasEntered() {
        fillValid();
        vm.tradeProperty().set(true);
        vm.ipTextProperty().set("203.0.113.7, 2001:db8::1");
        assertThat(vm.invalid(Field.values()).get()).as(vm.checkProperty().get().toString()).isFalse();
        var request = vm.draft().check().validRequest().orElseThrow();
        assertThat(request.name().value()).isEqualTo("gridbot");
        assertThat(request.subAccount().value()).isEqualTo("botsfra1");
        assertThat(request.permissions().has(Permission.TRADE)).isTrue();
        assertThat(request.ips().entries()).containsExactly("203.0.113.7", "2001:db8::1");
    }

    @Test
    void aBadIpAddressIsReportedOnItsField() {
        fillValid();
        vm.ipTextProperty().set("300.1.1.1");
        assertThat(vm.error(Field.IPS).get()).isNotBlank();
        assertThat(vm.invalid(Field.PERMISSIONS, Field.IPS, Field.PASSPHRASE).get()).isTrue();
        assertThat(vm.invalid(Field.NAME).get()).isFalse();
    }

    @Test
    void aNewPassphraseReplacesAndWipesTheOldOneAndDisposeWipesTheLast() {
        Secret first = Secret.copyOf("Quiet-River-42".toCharArray());
        vm.setPassphrase(first);
        Secret second = Secret.copyOf("Other-Stream-77".toCharArray());
        vm.setPassphrase(second);
        assertThat(first.isDestroyed()).isTrue();
        assertThat(vm.passphrase()).isSameAs(second);
        vm.dispose();
        assertThat(second.isDestroyed()).isTrue();
    }
}
