package org.keysmith.okx;

import okhttp3.Call;
import okhttp3.EventListener;

/**
 * Records whether a call started writing its request. If it did, a later failure means "the exchange may have
 * acted on it"; if not (DNS, refused, TLS handshake), nothing reached the exchange.
 */
final class SendTracker extends EventListener {
    /** Mutable flag carried as the request's tag. */
    static final class State {
        private volatile boolean sent;

        boolean sent() {
            return sent;
        }
    }

    static final EventListener.Factory FACTORY = call -> {
        State s = call.request().tag(State.class);
        return s == null ? EventListener.NONE : new SendTracker(s);
    };

    private final State state;

    private SendTracker(State state) {
        this.state = state;
    }

    @Override
    public void requestHeadersStart(Call call) {
        state.sent = true;
    }
}
