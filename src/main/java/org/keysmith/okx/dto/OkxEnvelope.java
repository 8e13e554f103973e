package org.keysmith.okx.dto;

import com.fasterxml.jackson.annotation.JsonIgnore;

import java.util.List;

/** OKX's response envelope: {@code {"code":"0","msg":"","data":[...]}}; {@code code} "0" is success. */
public record OkxEnvelope<T>(String code, String msg, List<T> data) {
    public static final String SUCCESS = "0";

    public static <T> OkxEnvelope<T> success(List<T> data) {
        return new OkxEnvelope<>(SUCCESS, "", data);
    }

    @JsonIgnore
    public boolean isSuccess() {
        return SUCCESS.equals(code);
    }
}
