package org.keysmith.sandbox;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import org.keysmith.okx.OkxEndpoint;
import org.keysmith.sandbox.Route.Access;

/** The sandbox's route table: every endpoint with its access rule and handler. */
final class Routes {
    private final Map<String, Route> routes = new LinkedHashMap<>();

    Routes(SandboxState state, ObjectMapper json, Supplier<Long> serverMillis, FaultPlan faults) {
        AccountEndpoints account = new AccountEndpoints(state, serverMillis);
        SubAccountEndpoints subs = new SubAccountEndpoints(state, json, faults);
        KeyEndpoints keys = new KeyEndpoints(state, json);
        add(OkxEndpoint.SERVER_TIME, Access.PUBLIC, account::time);
        add(OkxEndpoint.ACCOUNT_CONFIG, Access.ANY_KEY, account::config);
        add(OkxEndpoint.SUB_ACCOUNT_LIST, Access.MAIN_ACCOUNT_READ, subs::list);
        add(OkxEndpoint.CREATE_SUB_ACCOUNT, Access.MAIN_ACCOUNT_WRITE, subs::create);
        add(OkxEndpoint.CREATE_API_KEY, Access.MAIN_ACCOUNT_WRITE, keys::create);
        add(OkxEndpoint.QUERY_API_KEYS, Access.MAIN_ACCOUNT_READ, keys::query);
        add(OkxEndpoint.MODIFY_API_KEY, Access.MAIN_ACCOUNT_WRITE, keys::modify);
        add(OkxEndpoint.DELETE_API_KEY, Access.MAIN_ACCOUNT_WRITE, keys::delete);
        add(OkxEndpoint.SET_TRANSFER_OUT, Access.MAIN_ACCOUNT_WRITE, subs::setTransferOut);
    }

    private void add(OkxEndpoint e, Access access, Route.Handler handler) {
        routes.put(e.method() + " " + e.path(), new Route(e, access, handler));
    }

    Map<String, Route> all() {
        return Map.copyOf(routes);
    }
}
