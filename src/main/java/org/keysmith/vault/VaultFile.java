package org.keysmith.vault;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;

/**
 * The vault file's JSON: header fields and the sealed payload, base64-encoded. Written byte by byte (base64 has
 * no characters that need escaping, so no multi-megabyte String is built) and read with a streaming parser that
 * decodes base64 straight to bytes. Reading checks every field.
 */
final class VaultFile {
    /**
     * Above this the file is refused unread: calibration never writes more than {@link KdfCalibration#MAXIMUM}, and
     * a count like 2 147 483 647 would freeze the unlock for hours (docs/architecture.md, section 3).
     */
    static final int MAX_ITERATIONS = 100_000_000;
    private final JsonFactory factory = new JsonFactory();

    /** Header and sealed payload as read from a file. */
    record Sealed(VaultHeader header, byte[] payload) {
    }

    /** Everything before the payload's base64 text, in ASCII. */
    void writeHead(VaultHeader h, OutputStream out) throws IOException {
        Base64.Encoder b64 = Base64.getEncoder();
        String head = "{\n  \"format\" : \"" + h.format() + "\",\n  \"version\" : " + h.version()
                + ",\n  \"kdf\" : {\n    \"algorithm\" : \"" + h.kdfAlgorithm() + "\",\n    \"iterations\" : "
                + h.iterations() + "\n  },\n  \"wrappedKey\" : \"" + b64.encodeToString(h.wrappedKey())
                + "\",\n  \"keyCheck\" : \"" + b64.encodeToString(h.keyCheck()) + "\",\n  \"cipher\" : \""
                + h.cipher() + "\",\n  \"nonce\" : \"" + b64.encodeToString(h.nonce()) + "\",\n  \"payload\" : \"";
        out.write(head.getBytes(StandardCharsets.US_ASCII));
    }

    /** Everything after the payload's base64 text. */
    void writeTail(OutputStream out) throws IOException {
        out.write("\"\n}\n".getBytes(StandardCharsets.US_ASCII));
    }

    /** Parses a vault file; anything that is not a well-formed version-1 vault is reported precisely. */
    Sealed read(byte[] bytes) throws FormatProblem, VaultException.TooNew {
        if (bytes.length == 0) {
            throw new FormatProblem("the file is empty");
        }
        Map<String, Object> f = fields(bytes);
        if (!VaultHeader.FORMAT.equals(f.get("format"))) {
            throw new FormatProblem("it is not a Keysmith vault");
        }
        int version = f.get("version") instanceof Integer ? (Integer) f.get("version") : -1;
        if (version > VaultHeader.VERSION) {
            throw new VaultException.TooNew(version);
        }
        if (version != VaultHeader.VERSION) {
            throw new FormatProblem("its version field is invalid");
        }
        int iterations = f.get("kdf.iterations") instanceof Integer ? (Integer) f.get("kdf.iterations") : -1;
        if (!KeyWrap.ALGORITHM.equals(f.get("kdf.algorithm")) || iterations < 1) {
            throw new FormatProblem("its key-derivation settings are invalid");
        }
        if (iterations > MAX_ITERATIONS) {
            throw new FormatProblem("its key-derivation iteration count, " + iterations + ", is far above what "
                    + "Keysmith ever writes (at most " + KdfCalibration.MAXIMUM + "), and trying it would take hours, "
                    + "so Keysmith did not");
        }
        if (!PayloadCipher.TRANSFORMATION.equals(f.get("cipher"))) {
            throw new FormatProblem("its cipher is not " + PayloadCipher.TRANSFORMATION);
        }
        VaultHeader h = new VaultHeader(VaultHeader.FORMAT, version, KeyWrap.ALGORITHM, iterations,
                binary(f, "wrappedKey"), binary(f, "keyCheck"), PayloadCipher.TRANSFORMATION, binary(f, "nonce"));
        if (h.nonce().length != PayloadCipher.NONCE_BYTES) {
            throw new FormatProblem("its nonce has the wrong length");
        }
        return new Sealed(h, binary(f, "payload"));
    }

    /** The file's fields (nested as "kdf.x"): strings, ints, and base64 fields already decoded to bytes. */
    private Map<String, Object> fields(byte[] bytes) throws FormatProblem {
        Map<String, Object> out = new HashMap<>();
        try (JsonParser p = factory.createParser(bytes)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                throw new FormatProblem("it is not a Keysmith vault");
            }
            read(p, "", out);
            if (p.nextToken() != null) {
                throw new FormatProblem("it has data after its end");
            }
        } catch (IOException | IllegalArgumentException e) {
            throw new FormatProblem(out.isEmpty() ? "it is not a Keysmith vault" : "it is not complete JSON; it may "
                    + "be truncated or changed");
        }
        return out;
    }

    private static void read(JsonParser p, String prefix, Map<String, Object> out) throws IOException, FormatProblem {
        for (JsonToken t = p.nextToken(); t != JsonToken.END_OBJECT; t = p.nextToken()) {
            if (t != JsonToken.FIELD_NAME) {
                throw new FormatProblem("it is not complete JSON");
            }
            String name = prefix + p.currentName();
            JsonToken v = p.nextToken();
            if (v == JsonToken.START_OBJECT) {
                read(p, name + ".", out);
            } else if (v == JsonToken.VALUE_NUMBER_INT) {
                out.put(name, p.getNumberType() == JsonParser.NumberType.INT ? p.getIntValue() : -1);
            } else if (v == JsonToken.VALUE_STRING && isBinary(name)) {
                out.put(name, p.getBinaryValue());
            } else if (v == JsonToken.VALUE_STRING) {
                out.put(name, p.getText());
            } else {
                p.skipChildren();
            }
        }
    }

    private static boolean isBinary(String name) {
        return name.equals("wrappedKey") || name.equals("keyCheck") || name.equals("nonce") || name.equals("payload");
    }

    private static byte[] binary(Map<String, Object> f, String field) throws FormatProblem {
        Object v = f.get(field);
        if (!(v instanceof byte[])) {
            throw new FormatProblem("the field \"" + field + "\" is missing");
        }
        return (byte[]) v;
    }

    /** What exactly is wrong with a file that is not a readable vault. */
    static final class FormatProblem extends Exception {
        FormatProblem(String detail) {
            super(detail, null, false, false);
        }
    }
}
