package org.keysmith.app.cli;

import java.util.List;
import org.keysmith.domain.ApiKeyEntry;
import org.keysmith.domain.IpAllowlist;
import org.keysmith.domain.Permissions;
import org.keysmith.domain.Validated;
import org.keysmith.service.KeyEdit;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code keysmith key edit NAME [--rename NEW] [--perm P] [--ip IP]... [--no-ip] [--description TEXT]}: what is not
 * given stays as it is. Permissions and IPs change on the exchange (sub-account keys only), the description
 * locally (KeyService.edit).
 */
@Command(name = "edit", header = "Change a key's name, permissions, IP addresses or description.",
        description = "Options left out keep their value. --ip replaces the whole list (OKX keeps one list per key).")
final class KeyEditCommand extends UnlockingCommand {
    @Parameters(paramLabel = "NAME", description = "The key's name or id.")
    String key;
    @Mixin
    KeyConnectionOption connection = new KeyConnectionOption();
    @Option(names = "--rename", paramLabel = "NEW", description = "A new name (OKX label): 1-10 letters and digits.")
    String rename;
    @Option(names = "--perm", paramLabel = "PERM", split = ",", description = "read or trade (read and trade).")
    List<String> perms;
    @Option(names = "--ip", paramLabel = "IP", split = ",", description = "The IP addresses or CIDR blocks "
            + "(repeatable; replaces the list).")
    List<String> ips;
    @Option(names = "--no-ip", description = "Remove every IP binding.")
    boolean noIp;
    @Option(names = "--description", paramLabel = "TEXT", description = "A new description (kept in the vault).")
    String description;
    private Permissions newPerms;
    private IpAllowlist newIps;

    KeyEditCommand(CliEnvironment env) {
        super(env);
    }

    @Override
    void validate() throws CliFailure {
        if (rename == null && perms == null && ips == null && !noIp && description == null) {
            throw CliFailure.usage("say what to change: --rename, --perm, --ip, --no-ip or --description");
        }
        if (noIp && ips != null) {
            throw CliFailure.usage("--ip and --no-ip contradict each other; give one");
        }
        if (perms != null) {
            Validated<Permissions> p = Permissions.fromWire(String.join(",", perms));
            if (!p.isValid()) {
                throw CliFailure.usage("--perm: " + p.error().orElse("") + " Use read or trade.");
            }
            newPerms = p.get();
        }
        if (ips != null) {
            Validated<IpAllowlist> i = IpAllowlist.parse(String.join(",", ips));
            if (!i.isValid()) {
                throw CliFailure.usage("--ip: " + i.error().orElse(""));
            }
            newIps = i.get();
        }
        if (noIp) {
            newIps = IpAllowlist.empty();
        }
    }

    @Override
    int run(Unlocked u) throws Exception {
        u.settleUnfinishedWork(env);
        ApiKeyEntry e = connection.key(u.context(), key);
        KeyEdit edit = new KeyEdit(rename == null ? e.name() : rename, newPerms == null ? e.permissions() : newPerms,
                newIps == null ? e.ips() : newIps, description == null ? e.description() : description);
        ApiKeyEntry done = u.context().keys().edit(e.id(), edit);
        env.out().println("Changed \"" + done.name() + "\": " + done.permissions().display()
                + (done.ips().isEmpty() ? ", no IP binding" : ", IPs " + done.ips().toWire()) + ".");
        return ExitCode.OK;
    }
}
