package org.keysmith.service.relay;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.LongSupplier;
import org.keysmith.service.UserFacingException;

/**
 * Reads a relay policy file (docs/relay.md, "Policy file"): one JSON object with any of
 * {@code "endpoints": ["GET /api/v5/account/*", "POST /api/v5/trade/order"]},
 * {@code "instIds": ["BTC-USDT"]} and {@code "budget": {"requests": 20, "perSeconds": 2}}. Anything else (an unknown
 * field, a duplicate one, a wrong type) is refused with a message naming it: a policy that is silently half-read is
 * worse than none.
 */
public final class RelayPolicyFile {
    private static final Set<String> FIELDS = Set.of("endpoints", "instIds", "budget");
    private static final int MAX_BYTES = 256 * 1024;
    private final ObjectMapper json = new ObjectMapper().enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
    private final LongSupplier nanoTime;

    public RelayPolicyFile(LongSupplier nanoTime) {
        this.nanoTime = nanoTime;
    }

    public RelayPolicy read(Path file) throws UserFacingException {
        byte[] bytes;
        try {
            if (Files.size(file) > MAX_BYTES) {
                throw bad(file, "it is larger than 256 KB");
            }
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new UserFacingException("The policy file " + file + " does not exist. Check the path given to "
                    + "--policy.");
        } catch (IOException e) {
            throw new UserFacingException("The policy file " + file + " could not be read ("
                    + e.getClass().getSimpleName() + "). Check its permissions.", e);
        }
        return parse(file, bytes);
    }

    RelayPolicy parse(Path file, byte[] bytes) throws UserFacingException {
        JsonNode root;
        try {
            root = json.readTree(bytes);
        } catch (JsonProcessingException e) {
            throw bad(file, "it is not valid JSON (" + e.getOriginalMessage() + ")");
        } catch (IOException e) {
            throw bad(file, "it could not be read as JSON");
        }
        if (root == null || !root.isObject()) {
            throw bad(file, "it must be one JSON object");
        }
        for (Iterator<String> it = root.fieldNames(); it.hasNext(); ) {
            String f = it.next();
            if (!FIELDS.contains(f)) {
                throw bad(file, "\"" + f + "\" is not a policy field (the fields are endpoints, instIds, budget)");
            }
        }
        List<String> endpoints = strings(file, root, "endpoints");
        for (String e : endpoints) {
            try {
                RelayPolicy.EndpointPattern.parse(e);
            } catch (IllegalArgumentException ex) {
                throw bad(file, "endpoint \"" + e + "\" must look like \"GET /api/v5/account/balance\" or "
                        + "\"POST /api/v5/trade/*\"");
            }
        }
        Set<String> instIds = new LinkedHashSet<>(strings(file, root, "instIds"));
        Integer requests = null;
        Duration window = null;
        JsonNode budget = root.get("budget");
        if (budget != null && !budget.isNull()) {
            if (!budget.isObject() || !budget.path("requests").isInt()
                    || !budget.path("perSeconds").isInt() || budget.size() != 2) {
                throw bad(file, "budget must be {\"requests\": N, \"perSeconds\": S} with whole numbers");
            }
            requests = budget.get("requests").asInt();
            int seconds = budget.get("perSeconds").asInt();
            if (requests < 1 || requests > 100_000 || seconds < 1 || seconds > 86_400) {
                throw bad(file, "budget needs 1–100000 requests per 1–86400 seconds");
            }
            window = Duration.ofSeconds(seconds);
        }
        return RelayPolicy.of(endpoints, instIds, requests, window, nanoTime);
    }

    private static List<String> strings(Path file, JsonNode root, String field) throws UserFacingException {
        JsonNode n = root.get(field);
        List<String> out = new ArrayList<>();
        if (n == null || n.isNull()) {
            return out;
        }
        if (!n.isArray()) {
            throw bad(file, field + " must be a list of strings");
        }
        for (JsonNode v : n) {
            if (!v.isTextual() || v.asText().isBlank()) {
                throw bad(file, field + " must be a list of non-empty strings");
            }
            out.add(v.asText().strip());
        }
        return out;
    }

    private static UserFacingException bad(Path file, String why) {
        return new UserFacingException("The policy file " + file + " was not used: " + why + ". Fix it and start "
                + "the relay again (docs/relay.md shows the format).");
    }
}
