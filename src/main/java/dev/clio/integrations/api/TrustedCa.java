package dev.clio.integrations.api;

import dev.clio.ops.OpsException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;
import java.util.Collection;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSocketFactory;
import javax.net.ssl.TrustManager;
import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.X509TrustManager;

/**
 * Trust in exactly the certificates of one PEM file, for one connection: a server with its own CA or a self-signed
 * certificate is trusted without touching the JVM's trust store, and nothing else is trusted on that connection.
 * Host names are still verified against the certificate.
 */
record TrustedCa(SSLSocketFactory socketFactory, X509TrustManager trustManager) {

    /** @throws OpsException INVALID_REQUEST when the file is missing or holds no certificate */
    static TrustedCa fromPem(Path pem) {
        Collection<? extends Certificate> certificates = read(pem);
        try {
            KeyStore store = KeyStore.getInstance(KeyStore.getDefaultType());
            store.load(null, null);
            int i = 0;
            for (Certificate c : certificates) {
                store.setCertificateEntry("ca-" + i++, c);
            }
            TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            tmf.init(store);
            X509TrustManager tm = x509(tmf.getTrustManagers());
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(null, new TrustManager[] {tm}, null);
            return new TrustedCa(context.getSocketFactory(), tm);
        } catch (GeneralSecurityException | IOException e) {
            throw OpsException.invalid("CA certificate " + pem + " cannot be used: " + e.getMessage());
        }
    }

    private static Collection<? extends Certificate> read(Path pem) {
        try (InputStream in = Files.newInputStream(pem)) {
            Collection<? extends Certificate> certs = CertificateFactory.getInstance("X.509").generateCertificates(in);
            if (certs.isEmpty()) {
                throw OpsException.invalid("CA certificate file " + pem + " holds no certificate; give a PEM file "
                        + "with a -----BEGIN CERTIFICATE----- block");
            }
            return certs;
        } catch (NoSuchFileException e) {
            throw OpsException.invalid("CA certificate file " + pem + " does not exist");
        } catch (IOException | GeneralSecurityException e) {
            throw OpsException.invalid("CA certificate file " + pem + " is not a PEM certificate; give a file "
                    + "with a -----BEGIN CERTIFICATE----- block");
        }
    }

    private static X509TrustManager x509(TrustManager[] managers) {
        for (TrustManager m : managers) {
            if (m instanceof X509TrustManager x) {
                return x;
            }
        }
        throw new IllegalStateException("the JVM offers no X.509 trust manager");
    }
}
