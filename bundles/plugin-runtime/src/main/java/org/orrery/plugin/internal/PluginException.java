package org.orrery.plugin.internal;

/** A plugin that cannot be deployed as it is; the message is shown to users as is. */
final class PluginException extends Exception {
  private static final long serialVersionUID = 1L;

  PluginException(String message) {
    super(message);
  }

  PluginException(String message, Throwable cause) {
    super(message, cause);
  }
}
