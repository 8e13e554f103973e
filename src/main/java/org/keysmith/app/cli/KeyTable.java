package org.keysmith.app.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import org.keysmith.app.AppContext;
import org.keysmith.domain.ApiKeyEntry;
import org.keysmith.domain.Deployment;
import org.keysmith.domain.Slot;
import org.keysmith.service.UserFacingException;

/** Keys as a table for people, or as the documented JSON array. */
final class KeyTable {
    private static final String ROW = "%-20s %-12s %-20s %-16s %-22s %-36s %s%n";

    private KeyTable() {
    }

    static void print(AppContext context, List<ApiKeyEntry> keys, PrintStream out) throws UserFacingException {
        out.printf(ROW, "NAME", "CONNECTION", "SUB-ACCOUNT", "PERMISSIONS", "STATUS", "API KEY", "DEPLOYED");
        for (ApiKeyEntry e : keys) {
            out.printf(ROW, e.name(), Names.connectionName(context, e.connectionId()),
                    e.subAccount() == null ? "(main account)" : e.subAccount(), e.permissions().display(),
                    e.status().label(), e.apiKey() == null ? "-" : e.apiKey(), deployed(context, e));
        }
        out.println(keys.size() + (keys.size() == 1 ? " key." : " keys."));
    }

    /** "slot gridbot; gridbot@vps-fra1 (run), +1 more", or "-" for a key deployed nowhere. */
    static String deployed(AppContext context, ApiKeyEntry e) throws UserFacingException {
        List<String> parts = new ArrayList<>();
        for (Slot s : context.slots().of(e.id())) {
            parts.add("slot " + s.name());
        }
        List<Deployment> ds = context.deployments().of(e.id());
        if (!ds.isEmpty()) {
            parts.add(ds.get(0).name() + " (" + ds.get(0).via().label() + ")"
                    + (ds.size() > 1 ? ", +" + (ds.size() - 1) + " more" : ""));
        }
        return parts.isEmpty() ? "-" : String.join("; ", parts);
    }

    static void json(AppContext context, List<ApiKeyEntry> keys, PrintStream out) throws IOException,
            UserFacingException {
        try (JsonOut j = new JsonOut(out)) {
            j.startArray(null);
            for (ApiKeyEntry e : keys) {
                j.startObject();
                KeyJson.fields(j, e, Names.connectionName(context, e.connectionId()));
                KeyJson.deployments(j, context.deployments().of(e.id()), context.slots().of(e.id()));
                j.endObject();
            }
            j.endArray();
        }
    }
}
