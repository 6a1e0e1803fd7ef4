package dev.scimharness.server;

import java.util.Map;

/** What a {@link Profile}'s own routes and controls may use of the running server, and nothing more. */
public interface ProfileContext {
  /** The port the server listens on, or -1 before it started. */
  int port();

  /** The SCIM base URL, e.g. {@code http://127.0.0.1:41234/scim/v2}; only once started. */
  String baseUrl();

  /** The live bearer tokens: a profile may issue or revoke them (e.g. when provisioning is set up). */
  Tokens tokens();

  /** The tokens the server was configured with, each with its grant. */
  Map<String, TokenGrant> configuredTokens();
}
