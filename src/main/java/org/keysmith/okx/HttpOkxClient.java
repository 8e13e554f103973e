package org.keysmith.okx;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.keysmith.domain.ApiCredentials;
import org.keysmith.domain.Connection;
import org.keysmith.domain.Secret;
import org.keysmith.okx.dto.AccountConfig;
import org.keysmith.okx.dto.CreateApiKeyRequest;
import org.keysmith.okx.dto.CreateSubAccountRequest;
import org.keysmith.okx.dto.CreatedApiKey;
import org.keysmith.okx.dto.DeleteApiKeyRequest;
import org.keysmith.okx.dto.DeletedApiKey;
import org.keysmith.okx.dto.ModifiedApiKey;
import org.keysmith.okx.dto.ModifyApiKeyRequest;
import org.keysmith.okx.dto.SubAccountApiKey;
import org.keysmith.okx.dto.SubAccountCreated;
import org.keysmith.okx.dto.SubAccountInfo;
import org.keysmith.okx.dto.SetTransferOutRequest;
import org.keysmith.okx.dto.TransferOutSet;

/**
 * {@link OkxClient} over OkHttp for one connection: builds each request and reads its answer; sending, signing and
 * the retry rules are {@link CallRunner}'s. Request bodies are wiped once sent.
 */
final class HttpOkxClient implements OkxClient {
    private final Connection connection;
    private final CallRunner calls;
    private final ObjectMapper json;

    HttpOkxClient(Connection connection, CallRunner calls, ObjectMapper json) {
        this.connection = connection;
        this.calls = calls;
        this.json = json;
    }

    @Override
    public Instant serverTime() throws OkxException {
        return calls.serverTime();
    }

    @Override
    public AccountConfig accountConfig(ApiCredentials key) throws OkxException {
        AccountConfig config = first(signed(OkxEndpoint.ACCOUNT_CONFIG, "", null, key, AccountConfig.class),
                OkxEndpoint.ACCOUNT_CONFIG);
        calls.learnUserId(key.apiKey(), config.uid());
        return config;
    }

    @Override
    public List<SubAccountInfo> subAccounts() throws OkxException {
        return new SubAccountPages(after -> signed(OkxEndpoint.SUB_ACCOUNT_LIST,
                Query.of("after", after, "limit", "100"), null, master(), SubAccountInfo.class)).all();
    }

    @Override
    public SubAccountCreated createSubAccount(String name, String label, Secret password) throws OkxException {
        CreateSubAccountRequest body = new CreateSubAccountRequest(name, "1",
                label == null || label.isBlank() ? null : label, password);
        return first(signed(OkxEndpoint.CREATE_SUB_ACCOUNT, "", body, master(), SubAccountCreated.class),
                OkxEndpoint.CREATE_SUB_ACCOUNT);
    }

    @Override
    public CreateOutcome createApiKey(CreateApiKeyRequest request) throws OkxException {
        try {
            List<CreatedApiKey> rows = signed(OkxEndpoint.CREATE_API_KEY, "", request, master(), CreatedApiKey.class);
            return new CreateOutcome.Created(first(rows, OkxEndpoint.CREATE_API_KEY));
        } catch (OkxException e) {
            if (e.kind() == OkxException.Kind.OUTCOME_UNKNOWN) {
                return new CreateOutcome.ResponseLost(e.userMessage());
            }
            throw e;
        }
    }

    @Override
    public List<SubAccountApiKey> apiKeys(String subAccount) throws OkxException {
        return signed(OkxEndpoint.QUERY_API_KEYS, Query.of("subAcct", subAccount), null, master(),
                SubAccountApiKey.class);
    }

    @Override
    public ModifiedApiKey modifyApiKey(ModifyApiKeyRequest request) throws OkxException {
        return first(signed(OkxEndpoint.MODIFY_API_KEY, "", request, master(), ModifiedApiKey.class),
                OkxEndpoint.MODIFY_API_KEY);
    }

    @Override
    public void deleteApiKey(String subAccount, String apiKey) throws OkxException {
        signed(OkxEndpoint.DELETE_API_KEY, "", new DeleteApiKeyRequest(subAccount, apiKey), master(),
                DeletedApiKey.class);
    }

    @Override
    public TransferOutSet setTransferOut(String subAccount, boolean canTransferOut) throws OkxException {
        return first(signed(OkxEndpoint.SET_TRANSFER_OUT, "", new SetTransferOutRequest(subAccount, canTransferOut),
                master(), TransferOutSet.class), OkxEndpoint.SET_TRANSFER_OUT);
    }

    private <T> List<T> signed(OkxEndpoint ep, String query, Object body, ApiCredentials key, Class<T> type)
            throws OkxException {
        byte[] bytes = body == null ? null : toJson(body);
        try {
            return calls.signed(new OkxCall<>(ep, query, bytes, key, type));
        } finally {
            if (bytes != null) {
                Arrays.fill(bytes, (byte) 0);
            }
        }
    }

    private ApiCredentials master() throws OkxException {
        if (connection.masterKey() == null) {
            throw OkxException.refusedLocally("This connection has no master key yet. Add the main account's API "
                    + "key in the connection settings.");
        }
        return connection.masterKey();
    }

    private byte[] toJson(Object body) {
        try {
            return json.writeValueAsBytes(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("request body could not be written as JSON", e);
        }
    }

    private static <T> T first(List<T> rows, OkxEndpoint ep) throws OkxException {
        if (rows.isEmpty() || rows.get(0) == null) {
            throw OkxException.badResponse(200, "OKX reported success for " + ep + " but sent no data. Refresh "
                    + "to see the current state.", null);
        }
        return rows.get(0);
    }
}
