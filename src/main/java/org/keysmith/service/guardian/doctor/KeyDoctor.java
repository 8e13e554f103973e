package org.keysmith.service.guardian.doctor;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.keysmith.domain.ApiCredentials;
import org.keysmith.domain.ApiKeyEntry;
import org.keysmith.domain.Connection;
import org.keysmith.domain.Environment;
import org.keysmith.domain.ExpiryRadar;
import org.keysmith.domain.IpAllowlist;
import org.keysmith.domain.Permission;
import org.keysmith.domain.Permissions;
import org.keysmith.domain.Site;
import org.keysmith.okx.OkxClients;
import org.keysmith.okx.OkxError;
import org.keysmith.okx.OkxException;
import org.keysmith.okx.dto.AccountConfig;
import org.keysmith.service.ConnectionService;
import org.keysmith.service.KeyPlace;
import org.keysmith.service.KeyService;
import org.keysmith.service.PublicIpService;
import org.keysmith.service.UserFacingException;
import org.keysmith.service.guardian.doctor.DoctorCheck.Topic;

/**
 * {@code keysmith doctor} and the key menu's "Doctor": checks one key in one run and names the exact fault. It
 * measures this computer's clock against OKX's ({@code GET /public/time}), then signs {@code GET /account/config}
 * with the key (read-only) and reads OKX's answer: 50119 (not on this site: the other OKX sites are asked, read-only,
 * and the report says where the key works), 50101 (the other environment: asked too), 50105 (passphrase), 50113
 * (secret key), 50111 (not an OKX key), 50110 (this computer's address is not on the allowlist). For a key OKX
 * accepts it reports the IP binding, the permissions (Withdraw is a fault), main or sub-account and the idle-expiry
 * risk. Never changes the vault or the key. Blocks on the network: call it off the FX thread.
 */
public final class KeyDoctor {
    /** OKX refuses a request whose time stamp is more than 30 s off its own clock (50102). */
    static final Duration SKEW_FAULT = Duration.ofSeconds(30);
    /** Closer than this is fine; between this and {@link #SKEW_FAULT} a slow request can already be refused. */
    static final Duration SKEW_WARNING = Duration.ofSeconds(5);
    private final KeyService keys;
    private final ConnectionService connections;
    private final OkxClients clients;
    private final PublicIpService publicIp;
    private final DoctorSites sites;
    private final Clock clock;

    public KeyDoctor(KeyService keys, ConnectionService connections, OkxClients clients, PublicIpService publicIp,
                     DoctorSites sites, Clock clock) {
        this.keys = keys;
        this.connections = connections;
        this.clients = clients;
        this.publicIp = publicIp;
        this.sites = sites;
        this.clock = clock;
    }

    /** A key of the vault, with its own stored credentials. */
    public DoctorReport examine(String entryId) throws UserFacingException {
        ApiKeyEntry e = keys.entry(entryId);
        if (!e.hasSecret() || e.apiKey() == null) {
            throw new UserFacingException("The vault holds no secret for \"" + e.name() + "\" (" + e.status().label()
                    + "), so the doctor cannot sign with it.");
        }
        Connection home = connections.forEntry(e);
        ApiCredentials key = new ApiCredentials(e.apiKey(), e.secretKey().copy(), e.passphrase().copy());
        try {
            return run("\"" + e.name() + "\"", home, placeOf(home, e.site()), e.environment(), key, e);
        } finally {
            key.destroy();
        }
    }

    /** A pasted key, said to be made on {@code place}'s website for {@code env}. The caller destroys {@code key}. */
    public DoctorReport examine(KeyPlace place, Environment env, ApiCredentials key) throws UserFacingException {
        String shown = key.apiKey().length() > 8 ? key.apiKey().substring(0, 8) + "…" : key.apiKey();
        return run("API key " + shown, sites.at(place, env), place, env, key, null);
    }

    private DoctorReport run(String subject, Connection home, KeyPlace place, Environment env, ApiCredentials key,
                             ApiKeyEntry entry) throws UserFacingException {
        List<DoctorCheck> checks = new ArrayList<>();
        DoctorCheck clockCheck = clockCheck(home);
        checks.add(clockCheck);
        if (clockCheck.topic() == Topic.EXCHANGE) {
            return new DoctorReport(subject, "", checks);
        }
        Probe p = new Probe(home, place, env);
        OkxException refusal = p.call(key);
        if (refusal != null && refusal.is(OkxError.KEY_DOES_NOT_EXIST)) {
            refusal = otherSites(p, key, checks, refusal);
        } else if (answered(refusal) && (refusal == null || !refusal.is(OkxError.INVALID_KEY))) {
            checks.add(DoctorCheck.ok(Topic.SITE, "The key exists on " + p.where() + "."));
        }
        if (refusal != null && refusal.is(OkxError.ENVIRONMENT_MISMATCH)) {
            refusal = otherEnvironment(p, key, checks, refusal);
        } else if (answered(refusal) && (refusal == null || !refusal.is(OkxError.KEY_DOES_NOT_EXIST)
                && !refusal.is(OkxError.INVALID_KEY))) {
            checks.add(DoctorCheck.ok(Topic.ENVIRONMENT, "The key belongs to " + p.env.label() + " trading."));
        }
        if (refusal != null) {
            checks.add(refusalCheck(refusal, p, entry));
            return new DoctorReport(subject, refusal.is(OkxError.KEY_DOES_NOT_EXIST)
                    || refusal.is(OkxError.INVALID_KEY) ? "" : p.where(), checks);
        }
        checks.add(DoctorCheck.ok(Topic.PASSPHRASE, "The passphrase and the secret key match the API key."));
        accepted(p, entry, checks);
        return new DoctorReport(subject, p.where(), checks);
    }

    /** OKX accepted the key or refused it with a code (not a network failure or a busy exchange). */
    private static boolean answered(OkxException refusal) {
        return refusal == null || refusal.kind() == OkxException.Kind.EXCHANGE_ERROR;
    }

    /** This computer's clock against OKX's, measured around one {@code /public/time} request. */
    private DoctorCheck clockCheck(Connection home) {
        Instant sent = clock.instant();
        Instant server;
        try {
            server = clients.forConnection(home).serverTime();
        } catch (OkxException e) {
            return DoctorCheck.fault(Topic.EXCHANGE, home.baseUrl() + " could not be reached, so nothing was "
                    + "checked: " + e.userMessage());
        }
        Instant received = clock.instant();
        Instant local = sent.plus(Duration.between(sent, received).dividedBy(2));
        Duration skew = Duration.between(local, server);
        long ms = Math.abs(skew.toMillis());
        String how = ms < 1000 ? "within a second of" : String.format(Locale.ROOT, "%.1f s %s", ms / 1000.0,
                skew.isNegative() ? "ahead of" : "behind");
        String text = "This computer's clock is " + how + " OKX's.";
        if (skew.abs().compareTo(SKEW_FAULT) > 0) {
            return DoctorCheck.fault(Topic.CLOCK, text + " OKX refuses requests more than 30 s off (50102): a bot "
                    + "that signs with this clock fails. Turn on automatic time (NTP) in the system settings.");
        }
        if (skew.abs().compareTo(SKEW_WARNING) > 0) {
            return DoctorCheck.warning(Topic.CLOCK, text + " OKX allows 30 s; turn on automatic time (NTP) before "
                    + "a slow request is refused (50102).");
        }
        return DoctorCheck.ok(Topic.CLOCK, text);
    }

    /** 50119 at home: each other OKX site is asked, read-only; the first that knows the key becomes the probe's. */
    private OkxException otherSites(Probe p, ApiCredentials key, List<DoctorCheck> checks, OkxException first)
            throws UserFacingException {
        if (p.place == null || p.place == KeyPlace.SANDBOX) {
            return first;
        }
        String home = p.where();
        for (KeyPlace other : KeyPlace.values()) {
            if (other == p.place || other.site() == null) {
                continue;
            }
            Probe there = new Probe(sites.at(other, p.env), other, p.env);
            OkxException answer = there.call(key);
            if (answer == null || !answer.is(OkxError.KEY_DOES_NOT_EXIST) && !answer.is(OkxError.INVALID_KEY)
                    && answer.kind() == OkxException.Kind.EXCHANGE_ERROR) {
                checks.add(DoctorCheck.fault(Topic.SITE, "Wrong site: " + home + " does not know this key (50119), "
                        + "but " + there.where() + " does. A key works only on the site where it was made: use "
                        + other.site().website() + " (" + other.cliName() + ") for it."));
                p.moveTo(there);
                return answer;
            }
        }
        return first;
    }

    /** 50101: the key belongs to the other environment; asked there, read-only. */
    private OkxException otherEnvironment(Probe p, ApiCredentials key, List<DoctorCheck> checks, OkxException first)
            throws UserFacingException {
        Environment other = p.env == Environment.LIVE ? Environment.DEMO : Environment.LIVE;
        Connection c = p.place != null ? sites.at(p.place, other) : p.connection.withEnvironment(other);
        Probe there = new Probe(c, p.place, other);
        OkxException answer = there.call(key);
        if (answer != null && answer.is(OkxError.ENVIRONMENT_MISMATCH)) {
            checks.add(DoctorCheck.fault(Topic.ENVIRONMENT, "OKX answered 50101 (wrong environment) for both Live "
                    + "and Demo: " + first.userMessage()));
            return answer;
        }
        checks.add(DoctorCheck.fault(Topic.ENVIRONMENT, "Live/Demo mismatch: this is a " + other.label()
                + " key, used as " + p.env.label() + " (50101). " + (other == Environment.DEMO
                ? "Send it with demo trading switched on (header x-simulated-trading: 1, ccxt setSandboxMode(true), "
                + "python-okx flag \"1\")." : "Send it without demo trading (python-okx flag \"0\").")));
        p.moveTo(there);
        return answer;
    }

    private DoctorCheck refusalCheck(OkxException e, Probe p, ApiKeyEntry entry) {
        OkxError code = e.error().orElse(null);
        if (code == null || e.kind() != OkxException.Kind.EXCHANGE_ERROR) {
            return DoctorCheck.fault(Topic.EXCHANGE, "The check could not finish: " + e.userMessage());
        }
        return switch (code) {
            case KEY_DOES_NOT_EXIST -> DoctorCheck.fault(Topic.SITE, p.place == KeyPlace.SANDBOX || p.place == null
                    ? p.where() + " does not know this API key (50119). Check that it was copied completely; a key "
                    + "that was deleted (or left idle 14 days without IP binding) is gone for good."
                    : "No OKX site knows this API key (50119 on " + sitesList() + "). Check that it was copied "
                    + "completely, without spaces; a deleted key (or one left idle 14 days without IP binding) is "
                    + "gone for good.");
            case INVALID_KEY -> DoctorCheck.fault(Topic.API_KEY, "This is not an OKX API key (50111): an OKX key "
                    + "looks like 3f2b8c1e-9a4d-4e6f-8b7a-1c2d3e4f5a6b. Copy it again from the API page.");
            case WRONG_PASSPHRASE -> DoctorCheck.fault(Topic.PASSPHRASE, "Wrong passphrase (50105): the passphrase "
                    + "is the one chosen when the key was made, not the account's login password. OKX cannot show "
                    + "it again; if it is lost, make a new key.");
            case INVALID_SIGN -> DoctorCheck.fault(Topic.SECRET_KEY, "Wrong secret key (50113): the passphrase "
                    + "matches, but the signature does not. Paste the secret key again, completely.");
            case IP_NOT_ALLOWED -> DoctorCheck.fault(Topic.IP, "IP allowlist: the key is bound to IP addresses and "
                    + "this computer (" + thisComputer(p.connection) + ") is not one of them (50110)."
                    + (entry != null && !entry.ips().isEmpty() ? " The vault records " + entry.ips().toWire()
                    + "." : "") + " Run the bot from an allowed address, or add this one to the key.");
            case ENVIRONMENT_MISMATCH -> DoctorCheck.fault(Topic.ENVIRONMENT, e.userMessage());
            default -> DoctorCheck.fault(Topic.EXCHANGE, "OKX refused the key (" + e.code() + "): "
                    + e.userMessage());
        };
    }

    /** OKX accepted the key: what it reports about it. */
    private void accepted(Probe p, ApiKeyEntry entry, List<DoctorCheck> checks) {
        AccountConfig cfg = p.config;
        IpAllowlist ips = IpAllowlist.fromWire(cfg.ip());
        Permissions perms = Permissions.fromWire(cfg.perm()).value().orElse(Permissions.readOnly());
        if (ips.isEmpty()) {
            checks.add(DoctorCheck.warning(Topic.IP, "Not bound to any IP address: anyone with the key can use it "
                    + "from anywhere. Bind it to the bot's addresses (this computer is " + thisComputer(p.connection)
                    + ")."));
        } else {
            String drift = entry != null && !entry.ips().toWire().equals(ips.toWire())
                    ? " (the vault recorded " + (entry.ips().isEmpty() ? "none" : entry.ips().toWire())
                    + ": it was changed on the website)" : "";
            checks.add(DoctorCheck.ok(Topic.IP, "Bound to " + ips.toWire() + drift + "; OKX accepted this computer ("
                    + thisComputer(p.connection) + ")."));
        }
        if (perms.has(Permission.WITHDRAW)) {
            checks.add(DoctorCheck.fault(Topic.PERMISSIONS, "WITHDRAW: " + perms.display() + ". Anyone with this "
                    + "key can move funds off the exchange, and no bot needs that: delete it on the website and make "
                    + "a key without Withdraw."));
        } else {
            checks.add(DoctorCheck.ok(Topic.PERMISSIONS, perms.display() + ", no Withdraw."));
        }
        boolean main = cfg.isMainAccount() || "0".equals(cfg.type());
        if (main) {
            checks.add(DoctorCheck.warning(Topic.ACCOUNT, "A main-account key (UID " + cfg.uid() + "): only the OKX "
                    + "website can delete it, so a panic revoke cannot. Give bots sub-account keys."));
        } else {
            String sub = entry != null && entry.subAccount() != null ? " " + entry.subAccount() : "";
            checks.add(DoctorCheck.ok(Topic.ACCOUNT, "A sub-account key (sub-account" + sub + ", UID " + cfg.uid()
                    + "): Keysmith can revoke it through the API."));
        }
        checks.add(expiry(p.env, perms, ips, entry));
    }

    private DoctorCheck expiry(Environment env, Permissions perms, IpAllowlist ips, ApiKeyEntry entry) {
        boolean risky = env == Environment.LIVE && ips.isEmpty()
                && (perms.has(Permission.TRADE) || perms.has(Permission.WITHDRAW));
        if (!risky) {
            return DoctorCheck.ok(Topic.EXPIRY, env == Environment.DEMO ? "A demo key: OKX does not expire it."
                    : ips.isEmpty() ? "Read-only: OKX does not expire it when idle."
                    : "IP-bound: OKX does not expire it when idle.");
        }
        String radar = entry == null ? "" : ExpiryRadar.badge(entry, clock.instant())
                .map(b -> " By the vault's record it " + b + ";").orElse("");
        return DoctorCheck.warning(Topic.EXPIRY, "Live, can trade and has no IP binding: OKX may delete it after 14 "
                + "days without an authenticated call." + radar + " this check counted as a call. Bind it to an IP "
                + "address, or turn on the keep-alive.");
    }

    private String thisComputer(Connection c) {
        try {
            return publicIp.currentIp(c);
        } catch (UserFacingException e) {
            return "address unknown: " + e.getMessage();
        }
    }

    private static String sitesList() {
        List<String> names = new ArrayList<>();
        for (Site s : Site.values()) {
            if (s != Site.CUSTOM) {
                names.add(s.website());
            }
        }
        return String.join(", ", names);
    }

    /** The place a vault key was made: the Sandbox, an OKX site, or null for a custom URL (no other sites). */
    static KeyPlace placeOf(Connection home, Site site) {
        if (home.isSandbox()) {
            return KeyPlace.SANDBOX;
        }
        for (KeyPlace p : KeyPlace.values()) {
            if (p.site() != null && p.site() == site) {
                return p;
            }
        }
        return null;
    }

    /** Where the key is being asked, and OKX's answer when it accepted the key. */
    private final class Probe {
        private Connection connection;
        private KeyPlace place;
        private Environment env;
        private AccountConfig config;

        Probe(Connection connection, KeyPlace place, Environment env) {
            this.connection = connection;
            this.place = place;
            this.env = env;
        }

        /** Signs {@code GET /account/config} with {@code key}; null when OKX accepted it, else its refusal. */
        OkxException call(ApiCredentials key) {
            try {
                config = clients.forConnection(connection).accountConfig(key);
                return null;
            } catch (OkxException e) {
                return e;
            }
        }

        void moveTo(Probe other) {
            connection = other.connection;
            place = other.place;
            env = other.env;
            config = other.config;
        }

        String where() {
            return place == KeyPlace.SANDBOX ? "the Sandbox" : place == null ? connection.baseUrl()
                    : "OKX " + place.site().label() + " (" + place.site().website() + ")";
        }
    }
}
