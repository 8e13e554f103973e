package org.keysmith.ui.wizard;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.keysmith.domain.KeyRequest;
import org.keysmith.domain.Permission;
import org.keysmith.service.CreateResult;
import org.keysmith.service.ServiceFixture;
import org.keysmith.ui.common.Background;
import org.keysmith.ui.common.Reauth;
import org.keysmith.ui.common.SecretWindows;

/**
 * The wizard's one exchange call without a window, on the real services and the Sandbox, run on the test thread:
 * a created key is the result, a refusal is an error with nothing lost, a second create after a key exists does
 * nothing, and the request's passphrase is the caller's (the model works on its own copy and wipes that).
 */
class CreationModelTest {
    @TempDir
    Path dir;
    private ServiceFixture f;
    private CreationModel model;
    private final List<String> late = new ArrayList<>();

    @BeforeEach
    void setUp() throws Exception {
        f = new ServiceFixture(dir);
        // the vault was just created, so the master password counts as confirmed: Reauth asks for nothing
        model = new CreationModel(f.keys, f.connection(), Background.direct(),
                new Reauth(f.session, new SecretWindows()), late::add);
    }

    @AfterEach
    void tearDown() {
        f.close();
    }

    @Test
    void createsTheKeyOnceAndLeavesTheCallersPassphraseAlone() throws Exception {
        KeyRequest request = ServiceFixture.request("model1", "127.0.0.1", Permission.TRADE);
        int before = f.server().state().keyCount();
        model.create(request);
        assertThat(model.resultProperty().get()).isInstanceOfSatisfying(CreateResult.Created.class, c -> {
            assertThat(c.entry().name()).isEqualTo("model1");
            assertThat(c.notSaved()).isFalse();
            assertThat(c.secretKey().isDestroyed()).isFalse();
        });
        assertThat(model.errorProperty().get()).isEmpty();
        assertThat(model.busyProperty().get()).isFalse();
        assertThat(request.passphrase().isDestroyed()).as("the wizard's passphrase").isFalse();
        assertThat(f.server().state().keyCount()).isEqualTo(before + 1);

        model.create(ServiceFixture.request("model2", "127.0.0.1", Permission.TRADE));
        assertThat(f.server().state().keyCount()).as("a second click after the key exists").isEqualTo(before + 1);
        assertThat(f.session.vault().entries()).extracting(e -> e.name()).containsExactly("model1");
    }

    @Test
    void aRefusalIsAnErrorWithNothingLostAndTheNextTryWorks() throws Exception {
        f.server().faults().tooManyRequests(1);
        KeyRequest request = ServiceFixture.request("model3", "127.0.0.1", Permission.TRADE);
        model.create(request);
        assertThat(model.resultProperty().get()).isNull();
        assertThat(model.errorProperty().get()).contains("Too many requests");
        assertThat(f.session.vault().entries()).noneMatch(e -> e.name().equals("model3") && e.hasSecret());

        model.clearError();
        assertThat(model.errorProperty().get()).isEmpty();
        model.create(request);
        assertThat(model.resultProperty().get()).isInstanceOf(CreateResult.Created.class);
        assertThat(model.errorProperty().get()).isEmpty();
        assertThat(late).isEmpty();
    }

    @Test
    void disposingWipesTheRevealedCopiesAndAClosedModelCreatesNothing() throws Exception {
        model.create(ServiceFixture.request("model4", "127.0.0.1", Permission.TRADE));
        CreateResult.Created created = (CreateResult.Created) model.resultProperty().get();
        model.dispose();
        assertThat(created.secretKey().isDestroyed()).isTrue();
        assertThat(created.passphrase().isDestroyed()).isTrue();
        assertThat(f.session.vault().entries()).singleElement().satisfies(e -> assertThat(e.hasSecret()).isTrue());

        CreationModel closed = new CreationModel(f.keys, f.connection(), Background.direct(),
                new Reauth(f.session, new SecretWindows()), late::add);
        closed.dispose();
        int before = f.server().state().keyCount();
        closed.create(ServiceFixture.request("model5", "127.0.0.1", Permission.TRADE));
        assertThat(closed.resultProperty().get()).isNull();
        assertThat(f.server().state().keyCount()).isEqualTo(before);
    }
}
