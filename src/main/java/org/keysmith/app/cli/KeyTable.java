package org.keysmith.app.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.util.List;
import org.keysmith.app.AppContext;
import org.keysmith.domain.ApiKeyEntry;
import org.keysmith.service.UserFacingException;

/** Keys as a table for people, or as the documented JSON array. */
final class KeyTable {
    private static final String ROW = "%-20s %-12s %-20s %-16s %-22s %s%n";

    private KeyTable() {
    }

    static void print(AppContext context, List<ApiKeyEntry> keys, PrintStream out) throws UserFacingException {
        out.printf(ROW, "NAME", "CONNECTION", "SUB-ACCOUNT", "PERMISSIONS", "STATUS", "API KEY");
        for (ApiKeyEntry e : keys) {
            out.printf(ROW, e.name(), Names.connectionName(context, e.connectionId()),
                    e.subAccount() == null ? "(main account)" : e.subAccount(), e.permissions().display(),
                    e.status().label(), e.apiKey() == null ? "-" : e.apiKey());
        }
        out.println(keys.size() + (keys.size() == 1 ? " key." : " keys."));
    }

    static void json(AppContext context, List<ApiKeyEntry> keys, PrintStream out) throws IOException,
            UserFacingException {
        try (JsonOut j = new JsonOut(out)) {
            j.startArray(null);
            for (ApiKeyEntry e : keys) {
                j.startObject();
                KeyJson.fields(j, e, Names.connectionName(context, e.connectionId()));
                j.endObject();
            }
            j.endArray();
        }
    }
}
