package org.orrery.client.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/** The version of this client jar, stamped into client.properties at build time. */
public final class ClientVersion {
  private static final String VERSION = load();

  private ClientVersion() {}

  private static String load() {
    try (InputStream in = ClientVersion.class.getResourceAsStream("client.properties")) {
      if (in == null) {
        throw new IllegalStateException("client.properties is missing from the orrery-client jar");
      }
      Properties properties = new Properties();
      properties.load(in);
      return "orrery-client " + properties.getProperty("version");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static String get() {
    return VERSION;
  }
}
