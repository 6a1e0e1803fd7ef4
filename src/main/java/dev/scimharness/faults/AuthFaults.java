package dev.scimharness.faults;

import dev.scimharness.server.AuthHook;
import dev.scimharness.server.TokenGrant;
import dev.scimharness.server.Tokens;
import java.util.Map;
import java.util.Optional;

/** {@link Fault#AUTH_NOT_ENFORCED}: a request without a valid token is served as if it had one. */
record AuthFaults(Faults on) implements AuthHook {
  @Override
  public Optional<Map.Entry<String, TokenGrant>> withoutValidToken(Tokens tokens) {
    return on.has(Fault.AUTH_NOT_ENFORCED) ? tokens.any() : Optional.empty();
  }
}
