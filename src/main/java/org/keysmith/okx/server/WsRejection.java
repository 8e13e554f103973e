package org.keysmith.okx.server;

/** An OKX WebSocket error answer ({@link WsError}) a server sends as an {@code error} event. No stack trace. */
public final class WsRejection extends Exception {
    private final WsError error;
    private final String okxMessage;

    public WsRejection(WsError error) {
        this(error, null);
    }

    public WsRejection(WsError error, String param) {
        super(error.code(), null, false, false);
        this.error = error;
        this.okxMessage = error.message(param);
    }

    public WsError error() {
        return error;
    }

    public String okxMessage() {
        return okxMessage;
    }
}
