package dev.scimharness.server;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The bearer tokens a server accepts and what each grants. Mutable at run time, so a profile can issue and
 * revoke tokens (e.g. when provisioning is enabled by another administrator). Tokens are secrets: this class
 * never prints them.
 */
public final class Tokens {
  private final ConcurrentHashMap<String, TokenGrant> grants = new ConcurrentHashMap<>();

  Tokens(Map<String, TokenGrant> initial) {
    grants.putAll(initial);
  }

  public Optional<TokenGrant> grant(String token) {
    return token == null ? Optional.empty() : Optional.ofNullable(grants.get(token));
  }

  public void issue(String token, TokenGrant grant) {
    grants.put(token, grant);
  }

  public void revoke(String token) {
    grants.remove(token);
  }

  public boolean isEmpty() {
    return grants.isEmpty();
  }

  /** Any one token, for an {@link AuthHook} that serves unauthenticated requests as if they had one. */
  public Optional<Map.Entry<String, TokenGrant>> any() {
    return grants.entrySet().stream().findFirst();
  }

  @Override
  public String toString() {
    return "Tokens[" + grants.size() + "]";
  }
}
