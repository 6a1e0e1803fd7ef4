package dev.scimharness.server;

import java.util.Objects;

/**
 * What a bearer token grants: the tenant it belongs to and, optionally, the {@code userName} of the user it
 * stands for — the subject {@code /Me} resolves to (RFC 7644 §3.11). A profile may bind a token to an
 * administrator the same way.
 */
public record TokenGrant(String tenant, String userName) {
  public TokenGrant {
    Objects.requireNonNull(tenant, "tenant");
    if (tenant.isBlank()) {
      throw new IllegalArgumentException("a token needs a tenant");
    }
    if (userName != null && userName.isBlank()) {
      userName = null;
    }
  }

  public static TokenGrant tenant(String tenant) {
    return new TokenGrant(tenant, null);
  }

  public boolean boundToUser() {
    return userName != null;
  }
}
