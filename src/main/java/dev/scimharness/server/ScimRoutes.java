package dev.scimharness.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.scimharness.scim.Json;
import dev.scimharness.scim.MessageUrns;
import dev.scimharness.scim.ScimException;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.javalin.http.HandlerType;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The HTTP surface of RFC 7644: routes, authentication, per-request scope and lint, and the translation of
 * service results into status codes and headers. Business rules live in {@link ResourceService}.
 */
final class ScimRoutes {

  private final ServerConfig config;
  private final Tokens tokens;
  private final Tenants tenants;
  private final ResourceService service;
  private final RequestLint lint;
  private final DiscoveryEndpoints discovery;
  private final BulkEndpoint bulk;
  private final ServerHooks hooks;

  /** A handler that runs with an authenticated {@link RequestScope}. */
  @FunctionalInterface
  interface Scoped {
    void handle(Context ctx, RequestScope scope) throws Exception;
  }

  ScimRoutes(ServerConfig config, Tokens tokens, Tenants tenants, ResourceService service, RequestLint lint,
      DiscoveryEndpoints discovery, BulkEndpoint bulk) {
    this.config = config;
    this.tokens = tokens;
    this.tenants = tenants;
    this.service = service;
    this.lint = lint;
    this.discovery = discovery;
    this.bulk = bulk;
    this.hooks = config.hooks();
  }

  void register(Javalin app) {
    String bp = config.basePath();
    app.get(bp + "/ServiceProviderConfig", discovery::serviceProviderConfig);
    app.get(bp + "/Schemas", discovery::schemas);
    app.get(bp + "/Schemas/{id}", discovery::schema);
    app.get(bp + "/ResourceTypes", discovery::resourceTypes);
    app.get(bp + "/ResourceTypes/{name}", discovery::resourceType);
    for (ResourceKind kind : ResourceKind.values()) {
      String ep = bp + kind.endpoint();
      on(app, HandlerType.GET, ep, (ctx, s) -> list(ctx, s, kind));
      on(app, HandlerType.POST, ep, (ctx, s) -> create(ctx, s, kind));
      on(app, HandlerType.POST, ep + "/.search", (ctx, s) -> search(ctx, s, List.of(kind)));
      on(app, HandlerType.GET, ep + "/{id}", (ctx, s) -> get(ctx, s, kind, ctx.pathParam("id")));
      on(app, HandlerType.PUT, ep + "/{id}", (ctx, s) -> replace(ctx, s, kind, ctx.pathParam("id")));
      on(app, HandlerType.PATCH, ep + "/{id}", (ctx, s) -> patch(ctx, s, kind, ctx.pathParam("id")));
      on(app, HandlerType.DELETE, ep + "/{id}", (ctx, s) -> delete(ctx, s, kind, ctx.pathParam("id")));
    }
    on(app, HandlerType.GET, bp + "/Me", (ctx, s) -> get(ctx, s, ResourceKind.USER, meLocated(ctx, s)));
    on(app, HandlerType.PUT, bp + "/Me", (ctx, s) -> replace(ctx, s, ResourceKind.USER, meLocated(ctx, s)));
    on(app, HandlerType.PATCH, bp + "/Me", (ctx, s) -> patch(ctx, s, ResourceKind.USER, meLocated(ctx, s)));
    on(app, HandlerType.DELETE, bp + "/Me", (ctx, s) -> delete(ctx, s, ResourceKind.USER, meLocated(ctx, s)));
    on(app, HandlerType.POST, bp + "/Me", (ctx, s) -> {
      me(s);
      create(ctx, s, ResourceKind.USER);
    });
    on(app, HandlerType.POST, bp + "/.search", (ctx, s) -> search(ctx, s, List.of(ResourceKind.values())));
    on(app, HandlerType.POST, bp + "/Bulk", bulk::handle);
    hooks.routes().install(app);
  }

  /** Registers a scoped handler, as the route hook wraps it. */
  private void on(Javalin app, HandlerType method, String path, Scoped h) {
    app.addHttpHandler(method, path, hooks.routes().around(new RouteHook.Route(method.name(), path), scoped(h)));
  }

  // ---- scope and auth ----

  Handler scoped(Scoped h) {
    return ctx -> {
      RequestScope scope = open(ctx);
      try {
        h.handle(ctx, scope);
      } finally {
        lint.record(scope.tenant().name(), ctx.method().name(), ctx.path(), ctx.queryString(), RequestBodies.read(ctx),
            scope.findings());
      }
    };
  }

  /** Authenticates the bearer token (RFC 7644 §2) and opens the caller's scope in its tenant. */
  RequestScope open(Context ctx) {
    String token = bearer(ctx.header("Authorization"));
    TokenGrant grant = tokens.grant(token).orElse(null);
    if (grant == null) {
      Map.Entry<String, TokenGrant> instead = hooks.auth().withoutValidToken(tokens).orElse(null);
      if (instead != null) {
        token = instead.getKey();
        grant = instead.getValue();
      }
    }
    if (grant == null) {
      throw new ScimException(401, null, token == null
          ? "Authentication required: send 'Authorization: Bearer <token>'."
          : "The bearer token is not valid.");
    }
    Tenant tenant = tenants.get(grant.tenant());
    config.profile().authenticate(tenant, token, grant, ctx.method().name(), ctx.path());
    return new RequestScope(tenant, grant, baseUrl(ctx, config), config.leniency());
  }

  private static String bearer(String header) {
    if (header == null) {
      return null;
    }
    String h = header.trim();
    if (h.length() > 7 && h.substring(0, 7).equalsIgnoreCase("bearer ")) {
      String t = h.substring(7).trim();
      return t.isEmpty() ? null : t;
    }
    return null;
  }

  /** The base URL as the client addressed this server, for {@code Location} and {@code meta.location}. */
  static String baseUrl(Context ctx, ServerConfig config) {
    String proto = ctx.header("X-Forwarded-Proto");
    String scheme = proto != null && !proto.isBlank() ? proto.split(",")[0].trim() : ctx.scheme();
    String host = ctx.host();
    if (host == null || host.isBlank()) {
      host = "127.0.0.1:" + ctx.port();
    }
    return scheme + "://" + host + config.basePath();
  }

  /**
   * RFC 7644 §3.11: "In any response, the HTTP "Location" header MUST be the permanent location of the aliased
   * resource associated with the authenticated subject."
   */
  private String meLocated(Context ctx, RequestScope s) {
    String id = me(s);
    ctx.header("Location", service.location(s, service.get(s, ResourceKind.USER, id)));
    return id;
  }

  private String me(RequestScope s) {
    if (s.grant() == null || !s.grant().boundToUser()) {
      throw new ScimException(501, null, "/Me is not supported for this token: it is not bound to a user "
          + "(RFC 7644 §3.11).");
    }
    return s.store().byUserName(s.grant().userName()).map(StoredResource::id)
        .orElseThrow(() -> ScimException.notFound("The user this token is bound to does not exist."));
  }

  // ---- resources ----

  private void create(Context ctx, RequestScope s, ResourceKind kind) {
    JsonNode body = hooks.routes().body("POST", kind, RequestBodies.json(ctx, s, config.maxBodySize()));
    ResourceService.Written w = service.create(s, kind, body);
    sendCreated(ctx, s, w.stored());
  }

  /** 201 with {@code Location} (RFC 7644 §3.3); the only 201 the SCIM routes send. */
  private void sendCreated(Context ctx, RequestScope s, StoredResource r) {
    ctx.header("Location", service.location(s, r));
    sendResource(ctx, s, 201, r);
  }

  private void sendResource(Context ctx, RequestScope s, int status, StoredResource r) {
    ctx.header("ETag", service.etag(r));
    // RFC 7643 §3.1: meta.location "MUST be the same as the "Content-Location" HTTP response header".
    ctx.header("Content-Location", service.location(s, r));
    ObjectNode body = service.render(s, r, Shape.parse(ctx.queryParam("attributes"),
        ctx.queryParam("excludedAttributes")));
    ScimHttp.send(ctx, status, body);
  }

  private void get(Context ctx, RequestScope s, ResourceKind kind, String id) {
    StoredResource r = service.get(s, kind, id);
    if (service.notModified(r, ctx.header("If-None-Match"))) {
      ctx.header("ETag", service.etag(r));
      ctx.status(304);
      return;
    }
    sendResource(ctx, s, 200, r);
  }

  private void replace(Context ctx, RequestScope s, ResourceKind kind, String id) {
    JsonNode body = hooks.routes().body("PUT", kind, RequestBodies.json(ctx, s, config.maxBodySize()));
    ResourceService.Written w = service.replace(s, kind, id, body, ctx.header("If-Match"));
    if (w.created()) {
      sendCreated(ctx, s, w.stored());
    } else {
      sendResource(ctx, s, 200, w.stored());
    }
  }

  private void patch(Context ctx, RequestScope s, ResourceKind kind, String id) {
    JsonNode body = hooks.routes().body("PATCH", kind, RequestBodies.json(ctx, s, config.maxBodySize()));
    ResourceService.Written w = service.patch(s, kind, id, body, ctx.header("If-Match"));
    if (w.created()) {
      sendCreated(ctx, s, w.stored());
    } else if (kind == ResourceKind.GROUP && ctx.queryParam("attributes") == null
        && ctx.queryParam("excludedAttributes") == null) {
      // RFC 7644 §3.5.2 allows 204; a group's body would repeat every member on every membership change.
      ctx.header("ETag", service.etag(w.stored()));
      ctx.status(204);
    } else {
      sendResource(ctx, s, 200, w.stored());
    }
  }

  private void delete(Context ctx, RequestScope s, ResourceKind kind, String id) {
    service.delete(s, kind, id, ctx.header("If-Match"));
    ctx.status(204);
  }

  // ---- list and search ----

  private void list(Context ctx, RequestScope s, ResourceKind kind) {
    sendList(ctx, s, List.of(kind), ListQuery.fromParams(ctx::queryParam), ctx.queryParam("cursor"));
  }

  private void search(Context ctx, RequestScope s, List<ResourceKind> kinds) {
    JsonNode body = RequestBodies.json(ctx, s, config.maxBodySize());
    ObjectNode in = Validation.object(body);
    JsonNode schemas = Json.field(in, "schemas");
    boolean declared = false;
    if (schemas != null && schemas.isArray()) {
      for (JsonNode n : schemas) {
        declared |= n.asText().equals(MessageUrns.SEARCH_REQUEST);
      }
    }
    if (!declared) {
      s.lint(LintRules.SEARCH_SCHEMA.finding("A search body must declare the SearchRequest schema.",
          schemas == null ? "" : schemas.toString()));
      if (!s.leniency().lenient()) {
        throw ScimException.invalidSyntax("'schemas' must be [\"" + MessageUrns.SEARCH_REQUEST + "\"] (RFC 7644 §3.4.3).");
      }
    }
    JsonNode cursor = Json.field(in, "cursor");
    if (cursor != null && !cursor.isNull() && !cursor.isTextual()) {
      throw ScimException.invalidSyntax("'cursor' must be a string (RFC 9865 §3).");
    }
    String cursorValue = cursor == null || cursor.isNull() ? null : cursor.asText();
    sendList(ctx, s, kinds, ListQuery.fromSearchRequest(in), cursorValue);
  }

  private void sendList(Context ctx, RequestScope s, List<ResourceKind> kinds, ListQuery q, String cursor) {
    Shape shape = Shape.parse(q.attributes(), q.excludedAttributes());
    ListResult result = service.list(s, kinds, q, cursor);
    List<JsonNode> page = new ArrayList<>(result.page().size());
    for (StoredResource r : result.page()) {
      page.add(service.render(s, r, shape, result.materialised().get(r)));
    }
    ObjectNode body = result.byCursor()
        ? ScimHttp.cursorListResponse(result.totalResults(), page, result.nextCursor(), result.previousCursor())
        : ScimHttp.listResponse(result.totalResults(), result.startIndex(), page);
    hooks.lists().response(body, q, config.maxResults());
    ScimHttp.send(ctx, 200, body);
  }

  static String methodName(Context ctx) {
    return ctx.method().name().toUpperCase(Locale.ROOT);
  }
}
