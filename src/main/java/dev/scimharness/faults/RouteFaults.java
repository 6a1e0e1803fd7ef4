package dev.scimharness.faults;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.scimharness.scim.MessageUrns;
import dev.scimharness.scim.ScimException;
import dev.scimharness.server.ResourceKind;
import dev.scimharness.server.RouteHook;
import io.javalin.Javalin;
import io.javalin.http.Handler;

/**
 * The faults that show in the HTTP exchange around a handler: {@link Fault#MISSING_LOCATION},
 * {@link Fault#CREATE_RETURNS_200}, {@link Fault#DELETE_500_AFTER_DELETING}, {@link Fault#ME_500} and
 * {@link Fault#JSON_CONTENT_TYPE}, and {@link Fault#SCHEMAS_NOT_REQUIRED} in the request body.
 */
record RouteFaults(Faults on) implements RouteHook {
  private static final String SCIM_MEDIA_TYPE = "application/scim+json";

  @Override
  public Handler around(Route route, Handler handler) {
    Handler h = handler;
    if (route.me() && on.has(Fault.ME_500)) {
      h = unsupportedAs500(h);
    }
    if (route.method().equals("DELETE") && on.has(Fault.DELETE_500_AFTER_DELETING)) {
      h = failAfterDeleting(h);
    }
    if (on.has(Fault.MISSING_LOCATION) || on.has(Fault.CREATE_RETURNS_200)) {
      h = created(h);
    }
    return h;
  }

  /** A body without {@code schemas} is read as if it named the schema the endpoint expects. */
  @Override
  public JsonNode body(String method, ResourceKind kind, JsonNode sent) {
    if (!on.has(Fault.SCHEMAS_NOT_REQUIRED) || !(sent instanceof ObjectNode o) || o.has("schemas")) {
      return sent;
    }
    ObjectNode filled = o.deepCopy();
    filled.putArray("schemas").add(method.equals("PATCH") ? MessageUrns.PATCH_OP : kind.schema());
    return filled;
  }

  /** /Me for a token with no user is 501 (RFC 7644 §3.11); the fault fails on it instead. */
  private static Handler unsupportedAs500(Handler h) {
    return ctx -> {
      try {
        h.handle(ctx);
      } catch (ScimException e) {
        if (e.status() == 501) {
          throw new IllegalStateException("/Me: the token has no user");
        }
        throw e;
      }
    };
  }

  private static Handler failAfterDeleting(Handler h) {
    return ctx -> {
      h.handle(ctx);
      throw new IllegalStateException("cleanup after deleting " + ctx.path() + " failed");
    };
  }

  /** A 201 Created (RFC 7644 §3.3) loses its {@code Location} or becomes 200. */
  private Handler created(Handler h) {
    return ctx -> {
      h.handle(ctx);
      if (ctx.statusCode() != 201) {
        return;
      }
      if (on.has(Fault.MISSING_LOCATION)) {
        ctx.res().setHeader("Location", null);
      }
      if (on.has(Fault.CREATE_RETURNS_200)) {
        ctx.status(200);
      }
    };
  }

  @Override
  public void install(Javalin app) {
    if (on.has(Fault.JSON_CONTENT_TYPE)) {
      app.after(ctx -> {
        if (SCIM_MEDIA_TYPE.equals(ctx.res().getContentType())) {
          ctx.contentType("application/json");
        }
      });
    }
  }
}
