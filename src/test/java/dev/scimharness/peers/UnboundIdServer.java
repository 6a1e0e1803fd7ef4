package dev.scimharness.peers;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.jakarta.rs.cfg.JakartaRSFeature;
import com.fasterxml.jackson.jakarta.rs.json.JacksonJsonProvider;
import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;
import com.unboundid.scim2.common.exceptions.ScimException;
import com.unboundid.scim2.common.utils.JsonUtils;
import com.unboundid.scim2.server.providers.AuthenticatedSubjectAliasFilter;
import com.unboundid.scim2.server.providers.DefaultContentTypeFilter;
import com.unboundid.scim2.server.providers.DotSearchFilter;
import com.unboundid.scim2.server.providers.JsonProcessingExceptionMapper;
import com.unboundid.scim2.server.providers.RuntimeExceptionMapper;
import com.unboundid.scim2.server.providers.ScimExceptionMapper;
import com.unboundid.scim2.server.resources.ResourceTypesEndpoint;
import com.unboundid.scim2.server.resources.SchemasEndpoint;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.glassfish.jersey.server.ContainerFactory;
import org.glassfish.jersey.server.ResourceConfig;
import org.glassfish.jersey.server.ServerProperties;

/**
 * UnboundID/Ping's SCIM 2 server toolkit (com.unboundid.product.scim2:scim2-sdk-server) as a SCIM service provider
 * on 127.0.0.1, for the conformance suite to judge a server this project did not write. Jersey runs the toolkit's
 * JAX-RS providers and endpoints on the JDK's HTTP server, configured as the toolkit's own tests do; the resource
 * endpoints are {@link StoreEndpoint}s, the service provider configuration is {@link UnboundIdConfigEndpoint}.
 */
final class UnboundIdServer implements AutoCloseable {
  static final String BASE_PATH = "/scim/v2";
  private static final String NO_DELAY = "sun.net.httpserver.nodelay";
  /**
   * Jersey warns that the resource instances "do not implement any provider interfaces" (they are resources, which
   * it serves all the same) and that WADL is off; held here because java.util.logging keeps loggers weakly.
   */
  private static final Logger JERSEY_LOG = Logger.getLogger("org.glassfish.jersey");

  static {
    JERSEY_LOG.setLevel(Level.SEVERE);
    // as in ScimSdkServer: without it every answer waits for the client's delayed ACK (about 40 ms)
    if (System.getProperty(NO_DELAY) == null) {
      System.setProperty(NO_DELAY, "true");
    }
  }

  private final HttpServer http;
  private final ExecutorService threads = Executors.newFixedThreadPool(8);
  private final UnboundIdUsers users = new UnboundIdUsers();

  private UnboundIdServer(String token) throws IOException {
    ResourceConfig config = new ResourceConfig();
    config.property(ServerProperties.WADL_FEATURE_DISABLE, true);
    config.register(ScimExceptionMapper.class);
    config.register(RuntimeExceptionMapper.class);
    config.register(JsonProcessingExceptionMapper.class);
    JacksonJsonProvider json = new JacksonJsonProvider(JsonUtils.createObjectMapper());
    json.configure(JakartaRSFeature.ALLOW_EMPTY_INPUT, false);
    config.register(json);
    config.register(new BearerTokenFilter(token));
    config.register(DotSearchFilter.class);
    // /Me with no authenticated subject: the toolkit answers 501 (RFC 7644 §3.11 allows it)
    config.register(AuthenticatedSubjectAliasFilter.class);
    config.register(DefaultContentTypeFilter.class);
    config.register(ResourceTypesEndpoint.class);
    config.register(SchemasEndpoint.class);
    config.register(new UnboundIdConfigEndpoint());
    config.register(users);
    config.register(new UnboundIdGroups());
    this.http = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    http.createContext(BASE_PATH, ContainerFactory.createContainer(HttpHandler.class, config));
    http.setExecutor(threads);
  }

  static UnboundIdServer start(String token) throws IOException, ScimException {
    UnboundIdServer server = new UnboundIdServer(token);
    server.http.start();
    // a directory in use holds users the suite did not create; this one has no Enterprise extension
    server.users.create((ObjectNode) JsonUtils.getObjectReader().readTree(
        "{\"schemas\":[\"urn:ietf:params:scim:schemas:core:2.0:User\"],\"userName\":\"peer-seed\"}"));
    return server;
  }

  String baseUrl() {
    return "http://127.0.0.1:" + http.getAddress().getPort() + BASE_PATH;
  }

  @Override
  public void close() {
    http.stop(0);
    threads.shutdownNow();
  }
}
