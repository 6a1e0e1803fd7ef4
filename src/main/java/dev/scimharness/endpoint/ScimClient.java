package dev.scimharness.endpoint;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpTimeoutException;
import java.nio.channels.UnresolvedAddressException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * HTTP to one SCIM target over java.net.http, for the conformance suite, the IdP simulators, the fuzz and the
 * sigma harness. Never throws for anything the target does: a refused connection, a reset or a timeout is an
 * {@link Exchange} with an error. Each answer carries the exchange twice: as sent and received, for checks,
 * and redacted, for reports.
 */
public final class ScimClient implements AutoCloseable {
  public static final String SCIM_JSON = "application/scim+json";
  // A credential no target can have issued, for the 401 checks.
  static final String WRONG_TOKEN = "scim-harness-wrong-token-0000";

  private final HttpClient http;
  private final ExecutorService ownThreads;
  private final URI base;
  private final Credentials credentials;
  private final Map<String, String> extraHeaders;
  private final boolean scimDefaults;
  private final Duration readTimeout;
  private final Redactor redactor;
  private final Duration deadline;
  private final long maxBodyBytes;
  private final RequestGuard guard;
  private final Pace pace;
  private final ExchangeTap tap;

  private ScimClient(HttpClient http, ExecutorService ownThreads, URI base, Credentials credentials,
      Map<String, String> extraHeaders, boolean scimDefaults, Duration readTimeout, Redactor redactor,
      Duration deadline, long maxBodyBytes, RequestGuard guard, Pace pace, ExchangeTap tap) {
    this.http = http;
    this.ownThreads = ownThreads;
    this.base = base;
    this.credentials = credentials;
    this.extraHeaders = Map.copyOf(extraHeaders);
    this.scimDefaults = scimDefaults;
    this.readTimeout = readTimeout;
    this.redactor = redactor;
    this.deadline = deadline;
    this.maxBodyBytes = maxBodyBytes;
    this.guard = guard;
    this.pace = pace;
    this.tap = tap;
  }

  /**
   * A client with its own connections that adds to every request what the suite's requests carry:
   * {@code Accept} and {@code Content-Type} {@value #SCIM_JSON} (RFC 7644 §3.1), the configured headers and
   * the bearer token, as each request's {@link Auth} says.
   */
  public ScimClient(URI base, String token, Map<String, String> extraHeaders, Duration connectTimeout,
      Duration readTimeout, boolean insecure) {
    this(HttpClients.own(connectTimeout, insecure), base, new Credentials.Fixed(token), extraHeaders, readTimeout,
        connectTimeout.plus(readTimeout), RunLimits.DEFAULT_MAX_BODY, RequestGuard.NONE, Pace.NONE, ExchangeTap.NONE);
  }

  private ScimClient(HttpClients.Owned own, URI base, Credentials credentials, Map<String, String> extraHeaders,
      Duration readTimeout, Duration deadline, long maxBodyBytes, RequestGuard guard, Pace pace, ExchangeTap tap) {
    this(own.http(), own.executor(), base, credentials, extraHeaders, true, readTimeout,
        Redactor.forCredentials(credentials, extraHeaders),
        deadline, maxBodyBytes, guard, pace, tap);
  }

  public static ScimClient of(Target target, HarnessConfig config) {
    return of(target, config, RequestGuard.NONE);
  }

  /** The suite's client: the configuration's timeouts, deadline and body cap, every request past {@code guard}. */
  public static ScimClient of(Target target, HarnessConfig config, RequestGuard guard) {
    RunLimits l = config.limits();
    return new ScimClient(HttpClients.own(config.connectTimeout(), config.insecure()), target.baseUrl(),
        Credentials.of(target, config), config.headers(), config.readTimeout(), l.requestDeadline(), l.maxBodyBytes(),
        guard, new Pace(l.requestsPerSecond()), target.tap());
  }

  /** The preflight's client: its own short timeouts, so an unusable target is named within seconds. */
  public static ScimClient forPreflight(Target target, HarnessConfig config) {
    RunLimits l = config.limits();
    return new ScimClient(HttpClients.own(l.preflightConnect(), config.insecure()), target.baseUrl(),
        Credentials.of(target, config), config.headers(), l.preflightRead(), l.preflightConnect().plus(l.preflightRead()),
        l.maxBodyBytes(), RequestGuard.NONE, Pace.NONE, target.tap());
  }

  /**
   * A client over a JDK client shared with others that sends each request's headers and nothing more: the
   * simulators', whose dialects spell out every header. {@code redactor} knows the secrets those headers carry.
   */
  public static ScimClient asGiven(HttpClient shared, URI base, Duration readTimeout, Redactor redactor) {
    return new ScimClient(shared, null, base, new Credentials.Fixed(null), Map.of(), false, readTimeout, redactor,
        HttpClients.SHARED_CONNECT_TIMEOUT.plus(readTimeout), RunLimits.DEFAULT_MAX_BODY, RequestGuard.NONE, Pace.NONE,
        ExchangeTap.NONE);
  }

  public URI base() {
    return base;
  }

  public Redactor redactor() {
    return redactor;
  }

  /** Why this client has no token to send (its OAuth 2.0 token endpoint refused it), fetching one if need be. */
  public Optional<String> credentialsProblem() {
    return scimDefaults ? credentials.problem() : Optional.empty();
  }

  /** Sends and waits; an interrupt while waiting abandons the request and records it unanswered. */
  public ScimResponse send(Request request) {
    CompletableFuture<ScimResponse> answer = sendAsync(request);
    try {
      return answer.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      answer.cancel(true);
      return new ScimResponse(Exchange.unanswered(request.method(), request.path(), request.headers(), request.body(),
          Duration.ZERO, "interrupted"), redactor);
    } catch (ExecutionException e) {
      throw new IllegalStateException("the answer could not be recorded", e.getCause());
    }
  }

  /** Sends all requests at once and waits for every answer; answers are in request order. */
  public List<ScimResponse> sendAll(List<Request> requests) {
    List<CompletableFuture<ScimResponse>> futures = requests.stream().map(this::sendAsync).toList();
    return futures.stream().map(CompletableFuture::join).toList();
  }

  /**
   * Sends without waiting. Every request ends by the total deadline (connect, answer and body together; the JDK's
   * own timeout stops at the headers) and reads no more than the body cap. The guard may refuse it by throwing.
   * The suite's client keeps to its pace ({@code scim.rps}) and, when the target answers 429 or 503 with a
   * {@code Retry-After} of at most {@value #MAX_RETRY_AFTER_SECONDS} s (RFC 6585 §4, RFC 9110 §10.2.3), waits
   * that long and sends again, up to {@value #MAX_RETRIES} times: a rate limit is respected, not reported as a
   * failure. The simulators' dialects have retry policies of their own and are sent as given.
   */
  public CompletableFuture<ScimResponse> sendAsync(Request request) {
    return attempt(request, tap.context(), 0, false);
  }

  static final int MAX_RETRIES = 3;
  static final int MAX_RETRY_AFTER_SECONDS = 30;

  private CompletableFuture<ScimResponse> attempt(Request request, String context, int retries, boolean renewed) {
    pace.acquire();
    return sendOnce(request, context).thenCompose(r -> {
      if (!renewed && renewedToken(request, r.raw())) {
        return attempt(request, context, retries, true);
      }
      Optional<Duration> wait = retries < MAX_RETRIES && scimDefaults ? retryAfter(r.exchange()) : Optional.empty();
      if (wait.isEmpty()) {
        return CompletableFuture.completedFuture(r);
      }
      return CompletableFuture.runAsync(() -> { },
              CompletableFuture.delayedExecutor(wait.get().toMillis(), TimeUnit.MILLISECONDS))
          .thenCompose(x -> attempt(request, context, retries + 1, renewed));
    });
  }

  /**
   * Whether the target refused the token this client sent (401, RFC 6750 §3.1) and the credentials gave a new one:
   * an OAuth 2.0 token expires during a long run, and the request is then sent once more with the new token. A
   * fixed token, a request sent without the configured credentials, or a token endpoint that fails gives the 401.
   */
  private boolean renewedToken(Request request, Exchange e) {
    String sent = e.requestHeaders().getOrDefault("Authorization", "");
    if (!scimDefaults || e.status() != 401 || request.auth() != Auth.CONFIGURED || !sent.startsWith("Bearer ")
        || request.headers().keySet().stream().anyMatch("Authorization"::equalsIgnoreCase)) {
      return false;
    }
    try {
      return credentials.renew(sent.substring("Bearer ".length())).isPresent();
    } catch (OAuthException refused) {
      return false;
    }
  }

  private static Optional<Duration> retryAfter(Exchange e) {
    if (e.status() != 429 && e.status() != 503) {
      return Optional.empty();
    }
    return RetryAfter.parse(e.responseHeader("Retry-After"), java.time.Clock.systemUTC())
        .filter(d -> d.toSeconds() <= MAX_RETRY_AFTER_SECONDS);
  }

  private CompletableFuture<ScimResponse> sendOnce(Request request, String context) {
    guard.admit(request);
    Map<String, String> headers;
    try {
      headers = headersFor(request);
    } catch (OAuthException e) {
      return CompletableFuture.completedFuture(new ScimResponse(Exchange.unanswered(request.method(), request.path(),
          request.headers(), request.body(), Duration.ZERO, "no access token: " + e.getMessage()), redactor));
    }
    headers.putAll(tap.headers(context));
    long start = System.nanoTime();
    HttpRequest wire;
    URI uri;
    try {
      uri = underBase(request.path());
      HttpRequest.Builder b = HttpRequest.newBuilder(uri).timeout(readTimeout);
      headers.forEach(b::header);
      b.method(request.method(), request.body() == null ? HttpRequest.BodyPublishers.noBody()
          : HttpRequest.BodyPublishers.ofString(request.body(), StandardCharsets.UTF_8));
      wire = b.build();
    } catch (IllegalArgumentException e) {
      // A path or header the JDK will not send: recorded like a request that got no answer, with the reason.
      return CompletableFuture.completedFuture(new ScimResponse(Exchange.unanswered(request.method(), request.path(),
          headers, request.body(), Duration.ZERO, why(e)), redactor));
    }
    CompletableFuture<HttpResponse<byte[]>> sent = http.sendAsync(wire, CappedBody.handler(maxBodyBytes));
    // The deadline runs on a copy, so that when it fires the JDK's own future is still open to cancel the exchange.
    return sent.copy().orTimeout(deadline.toMillis(), TimeUnit.MILLISECONDS).handle((resp, err) -> {
      if (err != null) {
        sent.cancel(true);
      }
      Exchange e = record(request, uri, headers, resp, err, start);
      tap.exchanged(context, e);
      guard.observe(e);
      return new ScimResponse(e, redactor);
    });
  }

  /**
   * The URI of one of the harness's own paths: the base URL followed by the path, as the suite and the dialects
   * write them ({@code /Users/42} is {@code {base}/Users/42}); an absolute URL is taken as it is. Not for
   * references a target hands out: those are resolved with {@link References#resolve}.
   */
  public URI underBase(String path) {
    if (path.startsWith("http://") || path.startsWith("https://")) {
      return URI.create(path);
    }
    String b = base.toString();
    return URI.create(b + (path.startsWith("/") || path.isEmpty() ? "" : "/") + path);
  }

  private Map<String, String> headersFor(Request request) {
    Map<String, String> h = new LinkedHashMap<>();
    if (scimDefaults) {
      h.put("Accept", SCIM_JSON);
      if (request.body() != null) {
        h.put("Content-Type", SCIM_JSON);
      }
      extraHeaders.forEach((k, v) -> {
        if (request.auth() == Auth.CONFIGURED || !Redactor.sensitiveHeader(k)) {
          h.put(k, v);
        }
      });
      Optional<String> token = request.auth() == Auth.CONFIGURED ? credentials.token() : Optional.empty();
      if (token.isPresent()) {
        h.put("Authorization", "Bearer " + token.get());
      } else if (request.auth() == Auth.WRONG) {
        h.put("Authorization", "Bearer " + WRONG_TOKEN);
      }
    }
    request.headers().forEach((k, v) -> {
      // Header names are case-insensitive (RFC 9110 §5.1): a request's own header replaces a default.
      h.keySet().removeIf(k::equalsIgnoreCase);
      h.put(k, v);
    });
    return h;
  }

  private Exchange record(Request request, URI uri, Map<String, String> headers, HttpResponse<byte[]> resp,
      Throwable err, long start) {
    Duration took = Duration.ofNanos(System.nanoTime() - start);
    String body;
    try {
      if (resp == null) {
        return Exchange.unanswered(request.method(), uri.toString(), headers, request.body(), took, why(err));
      }
      body = ContentCoding.decode(resp.body(), resp.headers().firstValue("Content-Encoding").orElse(null));
    } catch (IOException e) {
      return Exchange.unanswered(request.method(), uri.toString(), headers, request.body(), took, why(e));
    }
    Map<String, List<String>> respHeaders = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    resp.headers().map().forEach((k, v) -> {
      if (!k.startsWith(":")) {
        respHeaders.put(k, v);
      }
    });
    return new Exchange(request.method(), uri.toString(), headers, request.body(), resp.statusCode(), respHeaders,
        body, took, null);
  }

  private String why(Throwable err) {
    Throwable cause = err;
    // The JDK wraps the failure, sometimes in an exception with no message of its own: the innermost says why.
    while (cause.getCause() != null && (cause.getMessage() == null || cause instanceof CompletionException
        || cause instanceof ExecutionException)) {
      cause = cause.getCause();
    }
    if (cause instanceof HttpConnectTimeoutException) {
      return "HttpConnectTimeoutException: no connection within the connect timeout";
    }
    if (cause instanceof UnresolvedAddressException) {
      return "UnresolvedAddressException: the host name does not resolve";
    }
    // A refused connection is a ConnectException without a message around a ClosedChannelException.
    for (Throwable t = err; t != null; t = t.getCause()) {
      if (t instanceof ConnectException) {
        return "ConnectException: " + (t.getMessage() == null ? "connection refused" : t.getMessage());
      }
    }
    if (cause instanceof HttpTimeoutException) {
      return "timed out after " + readTimeout.toMillis() + " ms";
    }
    if (cause instanceof TimeoutException) {
      return "timed out: no complete answer within the request deadline of " + deadline.toMillis() + " ms";
    }
    String message = cause.getMessage();
    int nl = message == null ? -1 : message.indexOf('\n');
    return cause.getClass().getSimpleName() + (message == null ? "" : ": " + (nl < 0 ? message : message.substring(0, nl)));
  }

  @Override
  public void close() {
    if (ownThreads != null) {
      ownThreads.shutdownNow();
    }
  }
}
