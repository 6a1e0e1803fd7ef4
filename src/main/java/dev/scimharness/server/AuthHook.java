package dev.scimharness.server;

import java.util.Map;
import java.util.Optional;

/** Hook on authentication (RFC 7644 §2): what serves a request that presents no valid bearer token. */
public interface AuthHook {
  /** The token and grant to serve such a request with; empty (the default) answers 401. */
  default Optional<Map.Entry<String, TokenGrant>> withoutValidToken(Tokens tokens) {
    return Optional.empty();
  }
}
