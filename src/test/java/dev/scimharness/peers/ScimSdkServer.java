package dev.scimharness.peers;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import de.captaingoldfish.scim.sdk.common.constants.enums.HttpMethod;
import de.captaingoldfish.scim.sdk.common.resources.Group;
import de.captaingoldfish.scim.sdk.common.resources.ServiceProvider;
import de.captaingoldfish.scim.sdk.common.resources.User;
import de.captaingoldfish.scim.sdk.common.resources.complex.BulkConfig;
import de.captaingoldfish.scim.sdk.common.resources.complex.ChangePasswordConfig;
import de.captaingoldfish.scim.sdk.common.resources.complex.ETagConfig;
import de.captaingoldfish.scim.sdk.common.resources.complex.FilterConfig;
import de.captaingoldfish.scim.sdk.common.resources.complex.PatchConfig;
import de.captaingoldfish.scim.sdk.common.resources.complex.SortConfig;
import de.captaingoldfish.scim.sdk.common.resources.multicomplex.AuthenticationScheme;
import de.captaingoldfish.scim.sdk.common.response.ScimResponse;
import de.captaingoldfish.scim.sdk.server.endpoints.Context;
import de.captaingoldfish.scim.sdk.server.endpoints.ResourceEndpoint;
import de.captaingoldfish.scim.sdk.server.endpoints.base.GroupEndpointDefinition;
import de.captaingoldfish.scim.sdk.server.endpoints.base.UserEndpointDefinition;
import de.captaingoldfish.scim.sdk.server.schemas.custom.ETagFeature;
import de.captaingoldfish.scim.sdk.server.schemas.custom.ResourceTypeFeatures;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.locks.Lock;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;

/**
 * SCIM-SDK (de.captaingoldfish:scim-sdk-server) as a SCIM service provider on 127.0.0.1, for the conformance
 * suite to judge a server this project did not write. The JDK's HTTP server hands every request under
 * {@link #BASE_PATH} to the library's {@code ResourceEndpoint}; the only HTTP behaviour of its own is the bearer
 * token check (RFC 7644 §2: 401 without valid credentials). Storage is {@link InMemoryHandler}.
 */
final class ScimSdkServer implements AutoCloseable {
  static final String BASE_PATH = "/scim/v2";
  private static final int MAX_RESULTS = 200;

  private static final String LOG_LEVEL = "org.slf4j.simpleLogger.log.de.captaingoldfish";
  private static final String NO_DELAY = "sun.net.httpserver.nodelay";

  static {
    // the library logs every error response it builds (404s, 400s) at ERROR with a stack trace; the suite provokes
    // hundreds on purpose. Read when the library's loggers are created, which is after this; -D… overrides it.
    if (System.getProperty(LOG_LEVEL) == null) {
      System.setProperty(LOG_LEVEL, "off");
    }
    // The JDK server writes headers and body as separate segments; with Nagle's algorithm on, each answer then
    // waits for the client's delayed ACK (about 40 ms). Read once, when the JDK server's configuration loads.
    if (System.getProperty(NO_DELAY) == null) {
      System.setProperty(NO_DELAY, "true");
    }
  }

  private final String token;
  private final ResourceEndpoint endpoint;
  private final HttpServer http;
  private final ReadWriteLock access = new ReentrantReadWriteLock();
  private final ExecutorService threads = Executors.newFixedThreadPool(8);

  private ScimSdkServer(String token) throws IOException {
    this.token = token;
    this.endpoint = new ResourceEndpoint(serviceProvider());
    // the library's own filtering, sorting, paging and ETags rather than the glue's
    endpoint.registerEndpoint(new UserEndpointDefinition(users())).setFeatures(features());
    endpoint.registerEndpoint(new GroupEndpointDefinition(groups())).setFeatures(features());
    this.http = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    http.createContext(BASE_PATH, this::handle);
    http.setExecutor(threads);
  }

  static ScimSdkServer start(String token) throws IOException {
    ScimSdkServer server = new ScimSdkServer(token);
    server.http.start();
    server.seed();
    return server;
  }

  /**
   * A directory in use holds users the suite did not create. One without the Enterprise extension also makes the
   * outcome of filtering on an extension attribute independent of which scenarios happen to run alongside.
   */
  private void seed() {
    ScimResponse created = endpoint.handleRequest(baseUrl() + "/Users", HttpMethod.POST,
        "{\"schemas\":[\"urn:ietf:params:scim:schemas:core:2.0:User\"],\"userName\":\"peer-seed\"}",
        Map.of("Content-Type", "application/scim+json"), new Context(null));
    if (created.getHttpStatus() != 201) {
      throw new IllegalStateException("seeding SCIM-SDK failed: " + created);
    }
  }

  String baseUrl() {
    return "http://127.0.0.1:" + http.getAddress().getPort() + BASE_PATH;
  }

  @Override
  public void close() {
    http.stop(0);
    threads.shutdownNow();
  }

  private static ServiceProvider serviceProvider() {
    return ServiceProvider.builder()
        .filterConfig(FilterConfig.builder().supported(true).maxResults(MAX_RESULTS).build())
        .sortConfig(SortConfig.builder().supported(true).build())
        .patchConfig(PatchConfig.builder().supported(true).build())
        .eTagConfig(ETagConfig.builder().supported(true).build())
        .changePasswordConfig(ChangePasswordConfig.builder().supported(true).build())
        // RFC 7643 §2.1: attribute names are case insensitive; the library checks them case-exactly unless told
        .caseInsensitiveValidation(true)
        .bulkConfig(BulkConfig.builder().supported(true).maxOperations(50).maxPayloadSize(1_048_576L)
            .returnResourcesEnabled(false).supportBulkGet(false).build())
        .authenticationSchemes(List.of(AuthenticationScheme.builder().name("OAuth Bearer Token")
            .description("Authentication scheme using the OAuth Bearer Token Standard").type("oauthbearertoken")
            .specUri("http://www.rfc-editor.org/info/rfc6750").build()))
        .build();
  }

  private static ResourceTypeFeatures features() {
    return ResourceTypeFeatures.builder().autoFiltering(true).autoSorting(true).eTagFeature(new ETagFeature(true))
        .build();
  }

  private static InMemoryHandler<User> users() {
    return new InMemoryHandler<User>("User", u -> u.getUserName()) {};
  }

  private static InMemoryHandler<Group> groups() {
    return new InMemoryHandler<Group>("Group", g -> Optional.empty()) {};
  }

  private void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      if (!("Bearer " + token).equals(exchange.getRequestHeaders().getFirst("Authorization"))) {
        exchange.getResponseHeaders().add("WWW-Authenticate", "Bearer");
        send(exchange, 401, Map.of("Content-Type", "application/scim+json"),
            "{\"schemas\":[\"urn:ietf:params:scim:api:messages:2.0:Error\"],\"status\":\"401\","
                + "\"detail\":\"a valid bearer token is required\"}");
        return;
      }
      HttpMethod method;
      try {
        method = HttpMethod.valueOf(exchange.getRequestMethod().toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        send(exchange, 405, Map.of(), "");
        return;
      }
      String body;
      try (InputStream in = exchange.getRequestBody()) {
        body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      }
      Map<String, String> headers = new HashMap<>();
      exchange.getRequestHeaders().forEach((name, values) -> headers.put(name, values.get(0)));
      String url = "http://127.0.0.1:" + http.getAddress().getPort() + exchange.getRequestURI().toString();
      ScimResponse response;
      // The library reads a resource, changes it and hands it to updateResource without a lock of its own
      // (getResourceForUpdate is where an application would lock): the glue lets one change through at a time.
      Lock lock = method == HttpMethod.GET ? access.readLock() : access.writeLock();
      lock.lock();
      try {
        response = endpoint.handleRequest(url, method, body.isEmpty() ? null : body, headers, new Context(null));
      } finally {
        lock.unlock();
      }
      send(exchange, response.getHttpStatus(), response.getHttpHeaders(), response.isEmpty() ? "" : response.toString());
    }
  }

  private static void send(HttpExchange exchange, int status, Map<String, String> headers, String body)
      throws IOException {
    headers.forEach((k, v) -> exchange.getResponseHeaders().add(k, v));
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
    if (bytes.length > 0) {
      exchange.getResponseBody().write(bytes);
    }
  }
}
