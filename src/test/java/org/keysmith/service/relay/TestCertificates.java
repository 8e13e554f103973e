package org.keysmith.service.relay;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.cert.X509Certificate;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.X509TrustManager;

/** A self-signed PKCS#12 made with the JDK's own keytool, and a client trust that accepts only it (tests only). */
public final class TestCertificates {
    public static final String PASSWORD = "keystore-pass-1";

    private TestCertificates() {
    }

    /** Runs keytool to make {@code dir/relay.p12}: CN=localhost, SAN 127.0.0.1 and localhost, RSA 2048. */
    public static Path keystore(Path dir) throws Exception {
        Path ks = dir.resolve("relay.p12");
        Path keytool = Path.of(System.getProperty("java.home"), "bin", "keytool");
        ProcessBuilder pb = new ProcessBuilder(keytool.toString(), "-genkeypair", "-alias", "relay", "-keyalg", "RSA",
                "-keysize", "2048", "-validity", "2", "-dname", "CN=localhost", "-ext",
                "san=ip:127.0.0.1,dns:localhost", "-storetype", "PKCS12", "-keystore", ks.toString(),
                "-storepass:env", "KS_PW").redirectErrorStream(true);
        // the password goes through the environment of this one child, never its arguments
        pb.environment().put("KS_PW", PASSWORD);
        Process p = pb.start();
        p.getOutputStream().close();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0) {
            throw new IllegalStateException("keytool failed: " + out);
        }
        return ks;
    }

    /** The certificate in {@code ks}. */
    public static X509Certificate certificate(Path ks) throws Exception {
        KeyStore k = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(ks)) {
            k.load(in, PASSWORD.toCharArray());
        }
        return (X509Certificate) k.getCertificate("relay");
    }

    /** A trust manager that trusts only the certificate in {@code ks}. */
    public static X509TrustManager trust(Path ks) throws Exception {
        KeyStore t = KeyStore.getInstance("PKCS12");
        t.load(null, null);
        t.setCertificateEntry("relay", certificate(ks));
        TrustManagerFactory f = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        f.init(t);
        return (X509TrustManager) f.getTrustManagers()[0];
    }

    public static SSLContext client(Path ks) throws Exception {
        SSLContext c = SSLContext.getInstance("TLS");
        c.init(null, new X509TrustManager[] {trust(ks)}, null);
        return c;
    }
}
