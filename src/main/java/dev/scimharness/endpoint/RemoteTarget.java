package dev.scimharness.endpoint;

import java.net.URI;
import java.util.Optional;

/** A vendor's endpoint: nothing to start or stop. */
public record RemoteTarget(URI baseUrl, Optional<String> token) implements Target {
  @Override
  public boolean embedded() {
    return false;
  }

  @Override
  public String describe() {
    return "remote target " + baseUrl;
  }

  @Override
  public void close() {}
}
