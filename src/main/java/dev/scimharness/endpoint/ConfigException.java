package dev.scimharness.endpoint;

/** A harness setting that cannot be used; its message is written for the person who set it. */
public final class ConfigException extends RuntimeException {
  public ConfigException(String message) {
    super(message);
  }
}
