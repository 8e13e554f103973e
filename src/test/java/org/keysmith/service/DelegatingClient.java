package org.keysmith.service;

import java.time.Instant;
import java.util.List;
import org.keysmith.domain.ApiCredentials;
import org.keysmith.domain.Secret;
import org.keysmith.okx.CreateOutcome;
import org.keysmith.okx.OkxClient;
import org.keysmith.okx.OkxException;
import org.keysmith.okx.dto.AccountConfig;
import org.keysmith.okx.dto.CreateApiKeyRequest;
import org.keysmith.okx.dto.ModifiedApiKey;
import org.keysmith.okx.dto.ModifyApiKeyRequest;
import org.keysmith.okx.dto.SubAccountApiKey;
import org.keysmith.okx.dto.SubAccountCreated;
import org.keysmith.okx.dto.SubAccountInfo;
import org.keysmith.okx.dto.TransferOutSet;

/** A real client with one answer changed by the test (a fault on a path the sandbox cannot produce). */
class DelegatingClient implements OkxClient {
    private final OkxClient real;

    DelegatingClient(OkxClient real) {
        this.real = real;
    }

    @Override
    public Instant serverTime() throws OkxException {
        return real.serverTime();
    }

    @Override
    public AccountConfig accountConfig(ApiCredentials key) throws OkxException {
        return real.accountConfig(key);
    }

    @Override
    public List<SubAccountInfo> subAccounts() throws OkxException {
        return real.subAccounts();
    }

    @Override
    public SubAccountCreated createSubAccount(String name, String label, Secret password) throws OkxException {
        return real.createSubAccount(name, label, password);
    }

    @Override
    public CreateOutcome createApiKey(CreateApiKeyRequest request) throws OkxException {
        return real.createApiKey(request);
    }

    @Override
    public List<SubAccountApiKey> apiKeys(String subAccount) throws OkxException {
        return real.apiKeys(subAccount);
    }

    @Override
    public ModifiedApiKey modifyApiKey(ModifyApiKeyRequest request) throws OkxException {
        return real.modifyApiKey(request);
    }

    @Override
    public void deleteApiKey(String subAccount, String apiKey) throws OkxException {
        real.deleteApiKey(subAccount, apiKey);
    }

    @Override
    public TransferOutSet setTransferOut(String subAccount, boolean canTransferOut) throws OkxException {
        return real.setTransferOut(subAccount, canTransferOut);
    }
}
