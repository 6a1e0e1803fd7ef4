package dev.scimharness.server;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.Javalin;
import io.javalin.http.Handler;

/**
 * Hook around the HTTP handlers of the SCIM endpoints: a filter sees each request before its handler and the
 * response after it, while the status and headers can still change (Javalin writes the result last).
 */
public interface RouteHook {
  /** One registered endpoint: the HTTP method (upper case) and the path pattern, e.g. {@code /scim/v2/Users/{id}}. */
  record Route(String method, String path) {
    /** Whether this is one of the {@code /Me} routes (RFC 7644 §3.11). */
    public boolean me() {
      return path.endsWith("/Me");
    }
  }

  /** The handler that serves {@code route}; the default serves it as it is. */
  default Handler around(Route route, Handler handler) {
    return handler;
  }

  /**
   * The body of a create, PUT or PATCH as the handler reads it ({@code method} upper case); the default is the
   * body the client sent.
   */
  default JsonNode body(String method, ResourceKind kind, JsonNode sent) {
    return sent;
  }

  /** Adds handlers for every request (e.g. an {@code after} filter) once the routes are registered. */
  default void install(Javalin app) {}
}
