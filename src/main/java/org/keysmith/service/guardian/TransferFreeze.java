package org.keysmith.service.guardian;

import org.keysmith.domain.AuditAction;
import org.keysmith.domain.Connection;
import org.keysmith.domain.RevokePlan;
import org.keysmith.domain.RevokePlan.Freeze;
import org.keysmith.domain.RevokePlan.Kind;
import org.keysmith.domain.RevokePlan.Outcome;
import org.keysmith.okx.OkxClients;
import org.keysmith.okx.OkxException;
import org.keysmith.okx.dto.TransferOutSet;
import org.keysmith.service.ConnectionService;
import org.keysmith.service.UserFacingException;
import org.keysmith.service.VaultSession;

/**
 * Freezes one sub-account's transfers out for a panic revoke: {@code set-transfer-out} with
 * {@code canTransOut=false}, signed with the connection's master key, then the plan's outcome and one audit event
 * saved together, so a frozen sub-account is never sent again. Blocks on the network: off the FX thread.
 */
public final class TransferFreeze {
    private final VaultSession session;
    private final ConnectionService connections;
    private final OkxClients clients;

    public TransferFreeze(VaultSession session, ConnectionService connections, OkxClients clients) {
        this.session = session;
        this.connections = connections;
        this.clients = clients;
    }

    /**
     * Sends the freeze and returns the plan with its outcome, saved in the vault (with the audit event when it
     * worked). Never throws for a refusal: the outcome is FAILED with OKX's reason. {@code where} is for the audit.
     */
    RevokePlan freeze(RevokePlan plan, Freeze f, String where) throws UserFacingException {
        Outcome outcome;
        try (VaultSession.Work work = session.startWork("freezing transfers out of " + f.subAccount())) {
            outcome = send(f);
        }
        RevokePlan next = plan.with(f, outcome);
        session.change(edit -> {
            edit.put(next);
            if (outcome.kind() == Kind.FROZEN) {
                edit.audit(AuditAction.TRANSFERS_FROZEN, null, where + ": transfers out frozen (panic revoke "
                        + plan.scope() + ")");
            }
            return next;
        });
        return next;
    }

    private Outcome send(Freeze f) {
        try {
            Connection c = connections.byId(f.connectionId());
            TransferOutSet set = clients.forConnection(c).setTransferOut(f.subAccount(), false);
            if (set.canTransOut() != null && set.canTransOut()) {
                return new Outcome(Kind.FAILED, "OKX answered that transfers out are still allowed");
            }
            return new Outcome(Kind.FROZEN, "transfers out frozen");
        } catch (OkxException e) {
            return new Outcome(Kind.FAILED, e.userMessage());
        } catch (UserFacingException e) {
            return new Outcome(Kind.FAILED, e.getMessage());
        }
    }
}
