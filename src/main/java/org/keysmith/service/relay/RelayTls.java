package org.keysmith.service.relay;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.MessageDigest;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.util.Collections;
import java.util.HexFormat;
import java.util.Locale;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLParameters;
import org.keysmith.service.UserFacingException;

/**
 * The relay's TLS identity: a private key and its certificate from a PKCS#12 file the user gives (made with
 * {@code keytool -genkeypair -storetype PKCS12} or {@code openssl pkcs12 -export}), for listening on another
 * address than this computer's (docs/relay.md, "Listening elsewhere"). TLS 1.2 and 1.3 only. The password is the
 * caller's {@code char[]}, used to open the file and wiped by the caller; {@code toString} shows the certificate's
 * subject and fingerprint only.
 */
public final class RelayTls {
    private final SSLContext context;
    private final String subject;
    private final String fingerprint;

    private RelayTls(SSLContext context, String subject, String fingerprint) {
        this.context = context;
        this.subject = subject;
        this.fingerprint = fingerprint;
    }

    /** Opens {@code pkcs12} with {@code password}; a message saying what is wrong when it cannot. */
    public static RelayTls load(Path pkcs12, char[] password) throws UserFacingException {
        if (!Files.isRegularFile(pkcs12)) {
            throw new UserFacingException("The TLS keystore " + pkcs12 + " does not exist.");
        }
        KeyStore ks;
        try (InputStream in = Files.newInputStream(pkcs12)) {
            ks = KeyStore.getInstance("PKCS12");
            ks.load(in, password);
        } catch (IOException | GeneralSecurityException e) {
            throw new UserFacingException("The TLS keystore " + pkcs12 + " could not be opened: the password is "
                    + "wrong or it is not a PKCS#12 file (make one with keytool -genkeypair -storetype PKCS12, or "
                    + "openssl pkcs12 -export).", e);
        }
        try {
            String alias = null;
            for (String a : Collections.list(ks.aliases())) {
                if (ks.isKeyEntry(a)) {
                    if (alias != null) {
                        throw new UserFacingException("The TLS keystore " + pkcs12 + " holds more than one private "
                                + "key; give one with only the relay's key and certificate.");
                    }
                    alias = a;
                }
            }
            if (alias == null || !(ks.getCertificate(alias) instanceof X509Certificate cert)) {
                throw new UserFacingException("The TLS keystore " + pkcs12 + " holds no private key with a "
                        + "certificate.");
            }
            KeyManagerFactory kmf = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
            kmf.init(ks, password);
            SSLContext ctx = SSLContext.getInstance("TLS");
            ctx.init(kmf.getKeyManagers(), null, null);
            return new RelayTls(ctx, cert.getSubjectX500Principal().getName(), fingerprint(cert));
        } catch (GeneralSecurityException e) {
            throw new UserFacingException("The TLS keystore " + pkcs12 + " could not be used ("
                    + e.getClass().getSimpleName() + "); its key password must be the keystore's.", e);
        }
    }

    SSLContext context() {
        return context;
    }

    /** TLS 1.2 and 1.3 only. */
    SSLParameters parameters() {
        SSLParameters p = context.getDefaultSSLParameters();
        p.setProtocols(new String[] {"TLSv1.3", "TLSv1.2"});
        return p;
    }

    public String subject() {
        return subject;
    }

    /** SHA-256 of the certificate, as {@code AB:CD:…} (what {@code keytool -list -v} and browsers show). */
    public String fingerprint() {
        return fingerprint;
    }

    private static String fingerprint(Certificate c) throws GeneralSecurityException {
        byte[] d = MessageDigest.getInstance("SHA-256").digest(c.getEncoded());
        return HexFormat.ofDelimiter(":").formatHex(d).toUpperCase(Locale.ROOT);
    }

    @Override
    public String toString() {
        return "RelayTls[" + subject + ", SHA-256 " + fingerprint + "]";
    }
}
