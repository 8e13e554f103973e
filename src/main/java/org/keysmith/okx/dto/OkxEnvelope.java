package org.keysmith.okx.dto;

import java.util.List;

/** OKX's response envelope: {@code {"code":"0","msg":"","data":[...]}}; {@code code} "0" is success. */
public record OkxEnvelope<T>(String code, String msg, List<T> data) {
    public static final String SUCCESS = "0";

    public static <T> OkxEnvelope<T> success(List<T> data) {
        return new OkxEnvelope<>(SUCCESS, "", data);
    }

    public boolean isSuccess() {
        return SUCCESS.equals(code);
    }
}
