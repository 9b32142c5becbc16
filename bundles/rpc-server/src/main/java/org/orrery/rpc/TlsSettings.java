package org.orrery.rpc;

import java.nio.file.Path;
import java.util.Objects;

/**
 * The server's TLS identity: a key store holding its private key and certificate chain.
 *
 * @param keyStoreType {@code PKCS12} or {@code JKS}
 */
public record TlsSettings(Path keyStore, String keyStorePassword, String keyStoreType) {
  public TlsSettings {
    Objects.requireNonNull(keyStore, "keyStore");
    Objects.requireNonNull(keyStorePassword, "keyStorePassword");
    Objects.requireNonNull(keyStoreType, "keyStoreType");
  }

  /** Hides the password so that logging the settings never leaks it. */
  @Override
  public String toString() {
    return "TlsSettings[keyStore=" + keyStore + ", type=" + keyStoreType + "]";
  }
}
