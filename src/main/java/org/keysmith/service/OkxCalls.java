package org.keysmith.service;

import org.keysmith.okx.OkxException;

/** Runs an exchange call and turns its failure into a {@link UserFacingException} with the same message. */
final class OkxCalls {
    private OkxCalls() {
    }

    @FunctionalInterface
    interface Call<T> {
        T run() throws OkxException;
    }

    static <T> T call(Call<T> call) throws UserFacingException {
        try {
            return call.run();
        } catch (OkxException e) {
            throw new UserFacingException(e.userMessage(), e);
        }
    }
}
