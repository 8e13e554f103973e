package org.keysmith.okx;

import java.time.Instant;
import java.util.List;
import org.keysmith.domain.ApiCredentials;
import org.keysmith.domain.Secret;
import org.keysmith.okx.dto.AccountConfig;
import org.keysmith.okx.dto.CreateApiKeyRequest;
import org.keysmith.okx.dto.ModifiedApiKey;
import org.keysmith.okx.dto.ModifyApiKeyRequest;
import org.keysmith.okx.dto.SubAccountApiKey;
import org.keysmith.okx.dto.SubAccountCreated;
import org.keysmith.okx.dto.SubAccountInfo;
import org.keysmith.okx.dto.TransferOutSet;

/**
 * OKX's v5 REST API as Keysmith uses it, bound to one connection (site or URL, live or demo, master key).
 * Calls block; run them off the FX thread. Failures are {@link OkxException}s with a user message.
 */
public interface OkxClient {
    /** {@code GET /api/v5/public/time}. */
    Instant serverTime() throws OkxException;

    /** {@code GET /api/v5/account/config} signed with {@code key} (any key: master, sub-account, pasted). */
    AccountConfig accountConfig(ApiCredentials key) throws OkxException;

    /** {@code GET /api/v5/users/subaccount/list}, every page. */
    List<SubAccountInfo> subAccounts() throws OkxException;

    /**
     * {@code POST /api/v5/users/subaccount/create-subaccount} (type 1, standard). {@code password} is the new
     * sub-account's login password ({@code pwd}), which OKX requires from KYB (institutional) main accounts only;
     * null leaves it out. The caller keeps (and wipes) it.
     */
    SubAccountCreated createSubAccount(String name, String label, Secret password) throws OkxException;

    /**
     * {@code POST /api/v5/users/subaccount/apikey}. Never retried: a lost answer is {@link CreateOutcome.ResponseLost}.
     */
    CreateOutcome createApiKey(CreateApiKeyRequest request) throws OkxException;

    /** {@code GET /api/v5/users/subaccount/apikey?subAcct=...}: the sub-account's keys (no secrets). */
    List<SubAccountApiKey> apiKeys(String subAccount) throws OkxException;

    /** {@code POST /api/v5/users/subaccount/modify-apikey}. */
    ModifiedApiKey modifyApiKey(ModifyApiKeyRequest request) throws OkxException;

    /** {@code POST /api/v5/users/subaccount/delete-apikey}. */
    void deleteApiKey(String subAccount, String apiKey) throws OkxException;

    /**
     * {@code POST /api/v5/users/subaccount/set-transfer-out}: whether the sub-account may transfer funds out
     * ({@code canTransOut}); false freezes its transfers out. Main-account key only.
     */
    TransferOutSet setTransferOut(String subAccount, boolean canTransferOut) throws OkxException;
}
