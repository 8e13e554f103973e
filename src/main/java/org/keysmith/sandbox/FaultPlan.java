package org.keysmith.sandbox;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import org.keysmith.okx.OkxEndpoint;

/**
 * Misbehaviour on demand, for tests: added latency, a share of 5xx answers, bursts of 429 (or of 50011 with HTTP
 * 200), a skewed server clock, OKX's idle-key expiry, a KYB main account (create-subaccount needs {@code pwd}),
 * sub-accounts whose account level setup fails (59617), creates that are committed but whose answer is never
 * sent (the connection is dropped), and 503s aimed at one endpoint.
 */
public final class FaultPlan {
    private volatile Duration latency = Duration.ZERO;
    private volatile double serverErrorShare;
    private final AtomicInteger tooManyRequests = new AtomicInteger();
    private final AtomicInteger serverErrorsNext = new AtomicInteger();
    private volatile Duration clockSkew = Duration.ZERO;
    private final AtomicInteger dropAfterCreate = new AtomicInteger();
    private final AtomicInteger rateLimitedWithHttp200 = new AtomicInteger();
    private volatile Duration idleExpiry;
    private volatile boolean kybMainAccount;
    private final AtomicInteger accountLevelSetupFailures = new AtomicInteger();
    private final Map<OkxEndpoint, AtomicInteger> serverErrorsAt = new ConcurrentHashMap<>();

    public FaultPlan latency(Duration d) {
        latency = d;
        return this;
    }

    /** This share (0..1) of requests is answered 503 / 50001 without being carried out. */
    public FaultPlan serverErrors(double share) {
        serverErrorShare = share;
        return this;
    }

    /** The next {@code n} requests are answered 503 / 50001 without being carried out. */
    public FaultPlan serverErrorsOnNext(int n) {
        serverErrorsNext.set(n);
        return this;
    }

    /**
     * The next {@code n} requests to {@code endpoint} are answered 503 / 50001 without being carried out (the
     * others are answered as usual), e.g. a delete that fails while the create before it worked.
     */
    public FaultPlan serverErrorsAt(OkxEndpoint endpoint, int n) {
        serverErrorsAt.computeIfAbsent(endpoint, e -> new AtomicInteger()).set(n);
        return this;
    }

    /** The next {@code n} requests are answered 429 / 50011. */
    public FaultPlan tooManyRequests(int n) {
        tooManyRequests.set(n);
        return this;
    }

    /** The next {@code n} requests are answered 50011 in its HTTP 200 form ("Rate limit reached. ..."). */
    public FaultPlan rateLimitedWithHttp200(int n) {
        rateLimitedWithHttp200.set(n);
        return this;
    }

    /**
     * OKX's idle-expiry rule, with {@code idle} in place of its 14 days: from now on, a live key with Trade or
     * Withdraw and no IP binding whose last authenticated use is longer ago than {@code idle} is deleted (checked
     * on every signed request, measured with the Sandbox's clock). Null switches it off (the default).
     */
    public FaultPlan expireIdleKeysAfter(Duration idle) {
        idleExpiry = idle;
        return this;
    }

    /**
     * The main account is an institutional (KYB) one: create-subaccount then requires {@code pwd}, the new
     * sub-account's login password (50014 without it, 51000 when it breaks the rule).
     */
    public FaultPlan kybMainAccount(boolean on) {
        kybMainAccount = on;
        return this;
    }

    /** The next {@code n} sub-accounts are created, but answered 59617 (account level setup failed). */
    public FaultPlan accountLevelSetupFailures(int n) {
        accountLevelSetupFailures.set(n);
        return this;
    }

    /** The server's clock runs ahead (positive) or behind (negative) real time. */
    public FaultPlan clockSkew(Duration d) {
        clockSkew = d;
        return this;
    }

    /** The next {@code n} key creations are carried out, then the connection is closed without an answer. */
    public FaultPlan dropAfterCreate(int n) {
        dropAfterCreate.set(n);
        return this;
    }

    public FaultPlan reset() {
        latency = Duration.ZERO;
        serverErrorShare = 0;
        tooManyRequests.set(0);
        serverErrorsNext.set(0);
        clockSkew = Duration.ZERO;
        dropAfterCreate.set(0);
        rateLimitedWithHttp200.set(0);
        idleExpiry = null;
        kybMainAccount = false;
        accountLevelSetupFailures.set(0);
        serverErrorsAt.clear();
        return this;
    }

    Duration latency() {
        return latency;
    }

    Duration clockSkew() {
        return clockSkew;
    }

    boolean takeServerError() {
        return take(serverErrorsNext)
                || serverErrorShare > 0 && ThreadLocalRandom.current().nextDouble() < serverErrorShare;
    }

    boolean takeServerErrorAt(OkxEndpoint endpoint) {
        AtomicInteger n = serverErrorsAt.get(endpoint);
        return n != null && take(n);
    }

    boolean takeTooManyRequests() {
        return take(tooManyRequests);
    }

    boolean takeRateLimitedWithHttp200() {
        return take(rateLimitedWithHttp200);
    }

    Optional<Duration> idleExpiry() {
        return Optional.ofNullable(idleExpiry);
    }

    boolean kybMainAccount() {
        return kybMainAccount;
    }

    boolean takeAccountLevelSetupFailure() {
        return take(accountLevelSetupFailures);
    }

    boolean takeDropAfterCreate() {
        return take(dropAfterCreate);
    }

    private static boolean take(AtomicInteger counter) {
        return counter.getAndUpdate(n -> n > 0 ? n - 1 : 0) > 0;
    }
}
