package dev.scimharness.server;

import dev.scimharness.scim.SchemaRegistry;
import dev.scimharness.scim.ScimException;
import dev.scimharness.scim.ScimType;
import io.javalin.Javalin;
import io.javalin.http.HttpResponseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The reference in-memory SCIM 2.0 server: Javalin on Jetty, bound to 127.0.0.1, serving RFC 7644 under the
 * configured base path, with the configured profile and hooks. {@link #start()} returns the base URL.
 */
public final class ReferenceServer implements ProfileContext, AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(ReferenceServer.class);

  private final ServerConfig config;
  private final SchemaRegistry registry;
  private final Tokens tokens;
  private final Tenants tenants;
  private final RequestLint lint;
  private final ResourceService service;
  private final List<Consumer<Javalin>> extraRoutes = new ArrayList<>();
  private final List<Consumer<io.javalin.config.JavalinConfig>> extraConfig = new ArrayList<>();
  private Javalin app;
  private String baseUrl;

  public ReferenceServer(ServerConfig config) {
    this.config = Objects.requireNonNull(config, "config");
    this.registry = SchemaRegistry.standard();
    config.profile().customiseSchemas(registry);
    this.tokens = new Tokens(config.tokens());
    this.tenants = new Tenants(config.hooks().uniqueness());
    this.lint = new RequestLint(config.lintLog(), config.lintMemory());
    this.service = new ResourceService(config, registry);
  }

  /** Adds routes of one's own (e.g. a benchmark's bare endpoint) before {@link #start()}. */
  public ReferenceServer withRoutes(Consumer<Javalin> routes) {
    if (app != null) {
      throw new IllegalStateException("routes must be added before start()");
    }
    extraRoutes.add(routes);
    return this;
  }

  /** Adjusts Javalin's configuration (a servlet filter of one's own, e.g. a traffic recorder) before {@link #start()}. */
  public ReferenceServer withConfig(Consumer<io.javalin.config.JavalinConfig> configure) {
    if (app != null) {
      throw new IllegalStateException("configuration must be adjusted before start()");
    }
    extraConfig.add(configure);
    return this;
  }

  /** Starts on 127.0.0.1 and the configured port (0 = a free one); returns the base URL. */
  public synchronized String start() {
    if (app != null) {
      return baseUrl;
    }
    Javalin javalin = Javalin.create(cfg -> {
      cfg.showJavalinBanner = false;
      cfg.startupWatcherEnabled = false;
      cfg.jetty.defaultHost = "127.0.0.1";
      cfg.http.prefer405over404 = true;
      cfg.http.maxRequestSize = config.maxBodySize();
      cfg.router.ignoreTrailingSlashes = true;
      extraConfig.forEach(c -> c.accept(cfg));
    });
    javalin.exception(ScimException.class, (e, ctx) -> ScimHttp.sendError(ctx, e, config.hooks().errors()));
    javalin.exception(HttpResponseException.class, (e, ctx) -> {
      var version = e.getStatus() == 404 ? ProtocolVersion.requestedOther(config.basePath(), ctx.path())
          : java.util.Optional.<String>empty();
      ScimException error = version.isPresent() ? new ScimException(400, ScimType.invalidVers, "SCIM version "
          + version.get() + " is not served here; this server speaks SCIM 2.0 at " + config.basePath() + ".")
          : new ScimException(e.getStatus(), null, describe(e));
      ScimHttp.sendError(ctx, error, config.hooks().errors());
    });
    javalin.exception(Exception.class, (e, ctx) -> {
      LOG.error("unexpected failure serving {} {}", ctx.method(), ctx.path(), e);
      ScimHttp.sendError(ctx, new ScimException(500, null, "Internal server error."), config.hooks().errors());
    });
    DiscoveryEndpoints discovery = new DiscoveryEndpoints(config, registry);
    new ScimRoutes(config, tokens, tenants, service, lint, discovery, new BulkEndpoint(config, service))
        .register(javalin);
    config.profile().routes(javalin, this);
    extraRoutes.forEach(r -> r.accept(javalin));
    javalin.start("127.0.0.1", config.port());
    app = javalin;
    baseUrl = "http://127.0.0.1:" + javalin.port() + config.basePath();
    return baseUrl;
  }

  private static String describe(HttpResponseException e) {
    return switch (e.getStatus()) {
      case 404 -> "No such endpoint: " + e.getMessage();
      case 405 -> "Method not allowed on this endpoint.";
      case 413 -> "The request body is too large.";
      default -> e.getMessage();
    };
  }

  public synchronized void stop() {
    if (app != null) {
      app.stop();
      app = null;
    }
    lint.close();
  }

  @Override
  public void close() {
    stop();
  }

  /** The base URL (after {@link #start()}), e.g. {@code http://127.0.0.1:41234/scim/v2}. */
  @Override
  public String baseUrl() {
    if (baseUrl == null) {
      throw new IllegalStateException("not started");
    }
    return baseUrl;
  }

  @Override
  public int port() {
    return app == null ? -1 : app.port();
  }

  public ServerConfig config() {
    return config;
  }

  public SchemaRegistry schemas() {
    return registry;
  }

  @Override
  public Tokens tokens() {
    return tokens;
  }

  @Override
  public Map<String, TokenGrant> configuredTokens() {
    return config.tokens();
  }

  public Tenants tenants() {
    return tenants;
  }

  public Tenant tenant(String name) {
    return tenants.get(name);
  }

  public RequestLint lint() {
    return lint;
  }

  /** The operations without HTTP, for seeding and for a profile's own API. */
  public ResourceService service() {
    return service;
  }

  /** A scope to call {@link #service()} as the holder of a grant would, outside any request. */
  public RequestScope scope(TokenGrant grant) {
    return new RequestScope(tenants.get(grant.tenant()), grant, baseUrl(), config.leniency());
  }
}
