package dev.clio.integrations.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;
import dev.clio.ops.OpsException;
import dev.clio.ops.OpsException.Kind;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An HTTPS peer with a self-signed certificate made for the test: trusted only through the custom CA file. */
class ApiClientTlsTest {

    private static final String PASS = "changeit";

    @TempDir
    static Path dir;
    static HttpsServer https;
    static URI url;
    static Path serverCert;
    static Path otherCert;

    @BeforeAll
    static void start() throws Exception {
        Path store = certificate("server", "ip:127.0.0.1");
        serverCert = export("server", store);
        otherCert = export("other", certificate("other", "ip:127.0.0.1"));
        https = HttpsServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        https.setHttpsConfigurator(new HttpsConfigurator(sslContext(store)));
        https.createContext("/api/v1/system", exchange -> {
            byte[] body = "{\"cores\":4}".getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        https.start();
        url = URI.create("https://127.0.0.1:" + https.getAddress().getPort());
    }

    @AfterAll
    static void stop() {
        https.stop(0);
    }

    private static ApiClient client(Path ca) {
        return ApiClient.open(ApiClientConfig.defaults(url, "clio_key", ca).withRetry(RetryPolicy.none()));
    }

    @Test
    void theServerIsTrustedWithItsCertificateAsCa() {
        try (ApiClient c = client(serverCert)) {
            assertThat(c.get("/api/v1/system", Map.of()).body().path("cores").asInt()).isEqualTo(4);
        }
    }

    @Test
    void withoutTheCaTheConnectionIsRefusedInPlainWords() {
        try (ApiClient c = client(null)) {
            assertThatThrownBy(() -> c.get("/api/v1/system", Map.of())).isInstanceOf(OpsException.class)
                    .hasMessage("Cannot open a trusted TLS connection to " + url + ": its certificate is not signed "
                            + "by a trusted CA (give the server's CA certificate as a PEM file if it uses its own)")
                    .satisfies(e -> assertThat(((OpsException) e).kind()).isEqualTo(Kind.UNAVAILABLE));
        }
    }

    @Test
    void anotherCaDoesNotVouchForTheServer() {
        try (ApiClient trusting = client(serverCert); ApiClient other = client(otherCert)) {
            assertThat(trusting.get("/api/v1/system", Map.of()).status()).isEqualTo(200);
            // the trusting client's pooled connection must not be lent to a client with other trust
            assertThatThrownBy(() -> other.get("/api/v1/system", Map.of()))
                    .hasMessageStartingWith("Cannot open a trusted TLS connection");
        }
    }

    @Test
    void aCertificateForAnotherHostIsRefusedEvenWithItsCa() throws Exception {
        Path store = certificate("elsewhere", "dns:elsewhere.example");
        Path ca = export("elsewhere", store);
        HttpsServer peer = HttpsServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        peer.setHttpsConfigurator(new HttpsConfigurator(sslContext(store)));
        peer.start();
        URI peerUrl = URI.create("https://127.0.0.1:" + peer.getAddress().getPort());
        try (ApiClient c = ApiClient.open(ApiClientConfig.defaults(peerUrl, "k", ca).withRetry(RetryPolicy.none()))) {
            assertThatThrownBy(() -> c.get("/api/v1/system", Map.of()))
                    .hasMessageContaining("its certificate is not issued for this host name");
        } finally {
            peer.stop(0);
        }
    }

    @Test
    void aMissingOrBrokenCaFileIsAClearError() throws IOException {
        assertThatThrownBy(() -> client(dir.resolve("nope.pem"))).isInstanceOf(OpsException.class)
                .hasMessage("CA certificate file " + dir.resolve("nope.pem") + " does not exist");
        Path junk = Files.writeString(dir.resolve("junk.pem"), "not a certificate\n");
        assertThatThrownBy(() -> client(junk)).isInstanceOf(OpsException.class)
                .hasMessageContaining("is not a PEM certificate")
                .satisfies(e -> assertThat(((OpsException) e).kind()).isEqualTo(Kind.INVALID_REQUEST));
    }

    private static Path certificate(String alias, String san) throws Exception {
        Path store = dir.resolve(alias + ".p12");
        keytool("-genkeypair", "-alias", alias, "-keyalg", "EC", "-groupname", "secp256r1", "-dname",
                "CN=127.0.0.1", "-ext", "SAN=" + san, "-validity", "2", "-keystore", store.toString(),
                "-storetype", "PKCS12", "-storepass", PASS);
        return store;
    }

    private static Path export(String alias, Path store) throws Exception {
        Path pem = dir.resolve(alias + ".pem");
        keytool("-exportcert", "-rfc", "-alias", alias, "-keystore", store.toString(), "-storepass", PASS,
                "-file", pem.toString());
        assertThat(Files.readString(pem)).startsWith("-----BEGIN CERTIFICATE-----");
        return pem;
    }

    private static void keytool(String... args) throws Exception {
        List<String> command = new java.util.ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "keytool").toString());
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out;
        try (InputStream in = p.getInputStream()) {
            out = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        assertThat(p.waitFor(30, TimeUnit.SECONDS)).as("keytool finished").isTrue();
        assertThat(p.exitValue()).as(out).isZero();
    }

    private static SSLContext sslContext(Path store) throws Exception {
        KeyStore ks = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(store)) {
            ks.load(in, PASS.toCharArray());
        }
        KeyManagerFactory kmf = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        kmf.init(ks, PASS.toCharArray());
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(kmf.getKeyManagers(), null, null);
        return context;
    }
}
