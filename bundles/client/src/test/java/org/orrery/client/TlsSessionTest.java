package org.orrery.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.orrery.rpc.RpcServer;
import org.orrery.rpc.RpcServerConfig;
import org.orrery.rpc.TlsSettings;
import org.orrery.rpc.testing.FakeQueryEngine;
import org.orrery.rpc.testing.FakeUserService;

/** A TLS server (key store made with the JDK's keytool) and a client that trusts its certificate. */
class TlsSessionTest {
  private static final String PASSWORD = "changeit";

  @TempDir Path dir;

  private Path makeKeyStore() throws Exception {
    Path keyStore = dir.resolve("server.p12");
    Process keytool = new ProcessBuilder(
            Path.of(System.getProperty("java.home"), "bin", "keytool").toString(),
            "-genkeypair", "-alias", "orrery", "-keyalg", "EC", "-groupname", "secp256r1",
            "-dname", "CN=localhost", "-validity", "2", "-storetype", "PKCS12",
            "-keystore", keyStore.toString(), "-storepass", PASSWORD, "-keypass", PASSWORD)
        .redirectErrorStream(true)
        .start();
    String output = new String(keytool.getInputStream().readAllBytes());
    keytool.waitFor(60, TimeUnit.SECONDS);
    assertEquals(0, keytool.exitValue(), "keytool failed: " + output);
    return keyStore;
  }

  private static SSLContext trusting(Path keyStore) throws Exception {
    KeyStore server = KeyStore.getInstance("PKCS12");
    try (InputStream in = Files.newInputStream(keyStore)) {
      server.load(in, PASSWORD.toCharArray());
    }
    Certificate certificate = server.getCertificate("orrery");
    KeyStore trust = KeyStore.getInstance("PKCS12");
    trust.load(null, null);
    trust.setCertificateEntry("orrery", certificate);
    TrustManagerFactory factory = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
    factory.init(trust);
    SSLContext context = SSLContext.getInstance("TLS");
    context.init(null, factory.getTrustManagers(), null);
    return context;
  }

  @Test
  void sessionsWorkOverTls() throws Exception {
    Path keyStore = makeKeyStore();
    FakeQueryEngine engine = new FakeQueryEngine();
    RpcServerConfig config = RpcServerConfig.defaults().withPort(0).withTls(new TlsSettings(keyStore, PASSWORD, "PKCS12"));
    try (RpcServer server = new RpcServer(config, engine, new FakeUserService())) {
      server.start();
      try (Session session = Session.builder().port(server.port()).sslContext(trusting(keyStore)).fetchSize(100).build()) {
        session.open();
        long rows = 0;
        try (SessionDataSet data = session.executeQuery("select rows 1000")) {
          while (data.hasNext()) {
            assertEquals(rows, data.next().getLong(0));
            rows++;
          }
        }
        assertEquals(1000, rows);
      }
      // a plain-TCP client cannot talk to the TLS port
      Session plain = Session.builder().port(server.port()).connectTimeoutMillis(5000).build();
      assertThrows(ClientConnectionException.class, plain::open);
    }
  }
}
