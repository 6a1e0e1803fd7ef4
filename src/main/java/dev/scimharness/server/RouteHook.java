package dev.scimharness.server;

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

  /** Adds handlers for every request (e.g. an {@code after} filter) once the routes are registered. */
  default void install(Javalin app) {}
}
