package dev.scimharness.server;

import dev.scimharness.scim.ScimException;
import io.javalin.http.Context;

/** {@code POST /Bulk} (RFC 7644 §3.7). */
final class BulkEndpoint {
  private final ServerConfig config;
  private final ResourceService service;

  BulkEndpoint(ServerConfig config, ResourceService service) {
    this.config = config;
    this.service = service;
  }

  void handle(Context ctx, RequestScope s) {
    throw new ScimException(501, null, "Bulk is not implemented yet.");
  }
}
