package dev.scimharness.target;

import java.net.URI;
import java.util.Optional;

/** A SCIM service provider the suite runs against: the embedded reference server or a remote endpoint. */
public interface Target extends AutoCloseable {
  URI baseUrl();

  /** The bearer token, when credentials are a token (a remote target may use headers instead). */
  Optional<String> token();

  boolean embedded();

  /** For people: what this target is; never contains a secret. */
  String describe();

  @Override
  void close();
}
