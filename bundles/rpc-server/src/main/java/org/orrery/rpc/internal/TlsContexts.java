package org.orrery.rpc.internal;

import io.netty.handler.ssl.SslContext;
import io.netty.handler.ssl.SslContextBuilder;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import javax.net.ssl.KeyManagerFactory;
import org.orrery.common.error.ErrorCode;
import org.orrery.common.error.OrreryException;
import org.orrery.rpc.TlsSettings;

/** Builds the server's TLS context from its key store (JDK TLS provider). */
public final class TlsContexts {
  private TlsContexts() {}

  /** @throws OrreryException IO_ERROR naming the key store when it cannot be loaded */
  public static SslContext server(TlsSettings settings) {
    char[] password = settings.keyStorePassword().toCharArray();
    try (InputStream in = Files.newInputStream(settings.keyStore())) {
      KeyStore store = KeyStore.getInstance(settings.keyStoreType());
      store.load(in, password);
      KeyManagerFactory keys = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
      keys.init(store, password);
      return SslContextBuilder.forServer(keys).build();
    } catch (IOException | GeneralSecurityException e) {
      throw new OrreryException(
          ErrorCode.IO_ERROR, "cannot load TLS key store " + settings.keyStore() + ": " + e.getMessage(), e);
    }
  }
}
