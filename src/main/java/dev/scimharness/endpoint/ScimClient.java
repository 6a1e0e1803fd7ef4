package dev.scimharness.endpoint;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.TrustManager;
import javax.net.ssl.X509TrustManager;

/**
 * HTTP to one SCIM target over java.net.http: adds the configured credentials and headers, never throws for
 * a network failure (it becomes an {@link Exchange} with an error) and records everything redacted.
 */
public final class ScimClient implements AutoCloseable {
  public static final String SCIM_JSON = "application/scim+json";
  // A credential no target can have issued, for the 401 checks.
  static final String WRONG_TOKEN = "scim-harness-wrong-token-0000";

  private final URI base;
  private final String token;
  private final Map<String, String> extraHeaders;
  private final Duration readTimeout;
  private final HttpClient http;
  private final Redactor redactor;
  private final java.util.concurrent.ExecutorService executor;

  public ScimClient(URI base, String token, Map<String, String> extraHeaders, Duration connectTimeout,
      Duration readTimeout, boolean insecure) {
    this.base = base;
    this.token = token;
    this.extraHeaders = Map.copyOf(extraHeaders);
    this.readTimeout = readTimeout;
    List<String> secrets = new ArrayList<>();
    secrets.add(token);
    extraHeaders.forEach((k, v) -> {
      if (Redactor.sensitiveHeader(k)) {
        secrets.add(v);
      }
    });
    this.redactor = new Redactor(secrets);
    this.executor = Executors.newCachedThreadPool(r -> {
      Thread t = new Thread(r, "scim-client");
      t.setDaemon(true);
      return t;
    });
    HttpClient.Builder b = HttpClient.newBuilder()
        .version(HttpClient.Version.HTTP_1_1)
        .connectTimeout(connectTimeout)
        .followRedirects(HttpClient.Redirect.NEVER)
        .executor(executor);
    if (insecure) {
      // The JDK client checks host names apart from the trust manager; this switch is its documented opt-out.
      System.setProperty("jdk.internal.httpclient.disableHostnameVerification", "true");
      b.sslContext(trustAll());
      SSLParameters p = new SSLParameters();
      p.setEndpointIdentificationAlgorithm(null);
      b.sslParameters(p);
    }
    this.http = b.build();
  }

  public static ScimClient of(Target target, HarnessConfig config) {
    return new ScimClient(target.baseUrl(), target.token().orElse(null), config.headers(), config.connectTimeout(),
        config.readTimeout(), config.insecure());
  }

  public URI base() {
    return base;
  }

  public Redactor redactor() {
    return redactor;
  }

  public ScimResponse send(Request request) {
    return sendAsync(request).join();
  }

  /** Sends all requests at once and waits for every answer; answers are in request order. */
  public List<ScimResponse> sendAll(List<Request> requests) {
    List<CompletableFuture<ScimResponse>> futures = requests.stream().map(this::sendAsync).toList();
    return futures.stream().map(CompletableFuture::join).toList();
  }

  public CompletableFuture<ScimResponse> sendAsync(Request request) {
    URI uri = resolve(request.path());
    Map<String, String> headers = headersFor(request);
    HttpRequest.Builder b = HttpRequest.newBuilder(uri).timeout(readTimeout);
    headers.forEach(b::header);
    b.method(request.method(), request.body() == null ? HttpRequest.BodyPublishers.noBody()
        : HttpRequest.BodyPublishers.ofString(request.body(), StandardCharsets.UTF_8));
    long start = System.nanoTime();
    return http.sendAsync(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8))
        .handle((resp, err) -> new ScimResponse(record(request, uri, headers, resp, err, start)));
  }

  /** Resolves a path against the base URL, or takes an absolute URL as it is. */
  public URI resolve(String path) {
    if (path.startsWith("http://") || path.startsWith("https://")) {
      return URI.create(path);
    }
    String b = base.toString();
    return URI.create(b + (path.startsWith("/") || path.isEmpty() ? "" : "/") + path);
  }

  private Map<String, String> headersFor(Request request) {
    Map<String, String> h = new LinkedHashMap<>();
    h.put("Accept", SCIM_JSON);
    if (request.body() != null) {
      h.put("Content-Type", SCIM_JSON);
    }
    switch (request.auth()) {
      case CONFIGURED -> {
        extraHeaders.forEach(h::put);
        if (token != null) {
          h.put("Authorization", "Bearer " + token);
        }
      }
      case WRONG -> {
        extraHeaders.forEach((k, v) -> {
          if (!Redactor.sensitiveHeader(k)) {
            h.put(k, v);
          }
        });
        h.put("Authorization", "Bearer " + WRONG_TOKEN);
      }
      case NONE -> extraHeaders.forEach((k, v) -> {
        if (!Redactor.sensitiveHeader(k)) {
          h.put(k, v);
        }
      });
    }
    request.headers().forEach(h::put);
    return h;
  }

  private Exchange record(Request request, URI uri, Map<String, String> headers, HttpResponse<String> resp,
      Throwable err, long start) {
    long millis = (System.nanoTime() - start) / 1_000_000;
    Map<String, String> reqHeaders = new LinkedHashMap<>();
    headers.forEach((k, v) -> reqHeaders.put(k, redactor.header(k, v)));
    String uriText = redactor.text(uri.toString());
    String reqBody = redactor.text(request.body());
    if (resp == null) {
      Throwable cause = err;
      while (cause.getCause() != null && (cause.getMessage() == null || cause instanceof java.util.concurrent.CompletionException)) {
        cause = cause.getCause();
      }
      String reason = cause.getClass().getSimpleName() + (cause.getMessage() == null ? "" : ": " + cause.getMessage());
      return new Exchange(request.method(), uriText, reqHeaders, reqBody, 0, Map.of(), null, millis,
          redactor.text(reason));
    }
    Map<String, List<String>> respHeaders = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    resp.headers().map().forEach((k, v) -> {
      if (!k.startsWith(":")) {
        respHeaders.put(k, v.stream().map(one -> redactor.header(k, one)).toList());
      }
    });
    return new Exchange(request.method(), uriText, reqHeaders, reqBody, resp.statusCode(), respHeaders,
        redactor.text(resp.body()), millis, null);
  }

  private static SSLContext trustAll() {
    try {
      TrustManager tm = new X509TrustManager() {
        @Override
        public void checkClientTrusted(X509Certificate[] chain, String authType) {}

        @Override
        public void checkServerTrusted(X509Certificate[] chain, String authType) {}

        @Override
        public X509Certificate[] getAcceptedIssuers() {
          return new X509Certificate[0];
        }
      };
      SSLContext ctx = SSLContext.getInstance("TLS");
      ctx.init(null, new TrustManager[] {tm}, new SecureRandom());
      return ctx;
    } catch (java.security.GeneralSecurityException e) {
      throw new IllegalStateException("no TLS implementation", e);
    }
  }

  @Override
  public void close() {
    executor.shutdownNow();
  }
}
