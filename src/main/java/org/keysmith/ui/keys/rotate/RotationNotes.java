package org.keysmith.ui.keys.rotate;

import org.keysmith.ui.keys.table.KeyRow;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.keysmith.domain.ApiKeyEntry;
import org.keysmith.domain.Rotation;
import java.time.Instant;
import java.time.ZoneId;

/** What the key list says about keys in an unfinished rotation, by entry id: both keys name each other. */
public final class RotationNotes {
    private RotationNotes() {
    }

    /** A rotation time as the key list shows times (local, minutes). */
    static String when(Instant t) {
        return t == null ? "" : KeyRow.format(t, ZoneId.systemDefault());
    }

    public static Map<String, String> of(List<Rotation> rotations, List<ApiKeyEntry> entries) {
        Map<String, String> names = new HashMap<>();
        entries.forEach(e -> names.put(e.id(), e.name()));
        Map<String, String> notes = new HashMap<>();
        for (Rotation r : rotations) {
            String state = r.problem().isEmpty() ? r.step().label() : "paused: " + r.problem();
            notes.put(r.oldKeyId(), "rotating to " + r.newName() + " (" + (r.graceUntil() != null && r.problem()
                    .isEmpty() ? "revoked at " + when(r.graceUntil()) : state) + ")");
            if (r.newKeyId() != null) {
                notes.put(r.newKeyId(), "replaces " + names.getOrDefault(r.oldKeyId(), "the old key"));
            }
        }
        return notes;
    }
}
