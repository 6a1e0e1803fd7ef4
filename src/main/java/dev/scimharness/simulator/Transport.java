package dev.scimharness.simulator;

import com.fasterxml.jackson.databind.JsonNode;
import dev.scimharness.scim.Json;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.StringJoiner;
import java.util.zip.GZIPInputStream;
import java.util.zip.InflaterInputStream;

/**
 * Sends requests to an endpoint the way a dialect does (headers, query encoding) and retries 429/5xx and
 * broken connections as its {@link RetryPolicy} says. Never throws for anything the target does: a reset,
 * a timeout, malformed JSON or a wrong content type become an exchange with a reason.
 */
public final class Transport {
  private static final int MAX_RECORDED_BODY = 64 * 1024;

  private final Endpoint endpoint;
  private final HttpClient http;
  private final Sleeper sleeper;
  private final Clock clock;
  private final LintProbe lint;
  private final Duration timeout;
  private final Redactor redactor;
  private volatile Pacer pacer = Pacer.NONE;

  public Transport(Endpoint endpoint, HttpClient http, Sleeper sleeper, Clock clock, LintProbe lint, Duration timeout) {
    this.endpoint = endpoint;
    this.http = http;
    this.sleeper = sleeper;
    this.clock = clock;
    this.lint = lint;
    this.timeout = timeout;
    this.redactor = new Redactor(endpoint.token());
  }

  /** One client for every transport: thread-safe, and it keeps connections alive across runs. */
  private static final HttpClient SHARED = HttpClient.newBuilder()
      .connectTimeout(Duration.ofSeconds(10))
      .followRedirects(HttpClient.Redirect.NEVER)
      .version(HttpClient.Version.HTTP_1_1)
      .build();

  public static HttpClient defaultClient() {
    return SHARED;
  }

  /** The same target without reading its request lint: for workloads, where no exchange is judged by it. */
  public Transport withoutLint() {
    return new Transport(endpoint, http, sleeper, clock, LintProbe.NONE, timeout);
  }

  /** Paces every request this transport sends from now on (workloads); {@link Pacer#NONE} by default. */
  public void pace(Pacer p) {
    this.pacer = p;
  }

  public Endpoint endpoint() {
    return endpoint;
  }

  public Redactor redactor() {
    return redactor;
  }

  public Answer send(Request request, Wire wire) {
    RetryPolicy policy = wire.retry();
    List<Exchange> attempts = new ArrayList<>();
    long started = System.nanoTime();
    for (int attempt = 1; ; attempt++) {
      Raw raw = once(request, wire, attempt);
      attempts.add(raw.exchange);
      boolean transientFailure = raw.exchange.status() == 0 ? policy.networkErrors() : policy.retries(raw.exchange.status());
      if (!transientFailure) {
        return new Answer(attempts, raw.json, raw.parseError, null);
      }
      String giveUp = null;
      Duration wait = policy.backoff(attempt);
      Optional<Duration> asked = RetryAfter.parse(raw.exchange.responseHeader("Retry-After"), clock);
      if (policy.honourRetryAfter() && asked.isPresent()) {
        wait = asked.get();
        if (wait.toMillis() > policy.maxWaitMillis()) {
          giveUp = "Retry-After asks for " + wait.toSeconds() + " s, longer than the " + policy.maxWaitMillis() / 1000
              + " s this IdP waits";
        }
      }
      long elapsedMillis = (System.nanoTime() - started) / 1_000_000;
      if (giveUp == null && attempt >= policy.maxAttempts()) {
        giveUp = "gave up after " + attempt + " attempt" + (attempt == 1 ? "" : "s");
      }
      if (giveUp == null && elapsedMillis + wait.toMillis() > policy.budgetMillis()) {
        giveUp = "gave up: waiting " + wait.toMillis() + " ms more would pass the " + policy.budgetMillis()
            + " ms this IdP allows one request";
      }
      if (giveUp != null) {
        return new Answer(attempts, raw.json, raw.parseError, giveUp);
      }
      attempts.set(attempts.size() - 1, raw.exchange.judged(Verdict.RETRIED,
          describe(raw.exchange) + "; retried after " + wait.toMillis() + " ms"
              + (asked.isPresent() && policy.honourRetryAfter() ? " (Retry-After)" : " (back-off)")));
      try {
        sleeper.sleep(wait);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return new Answer(attempts, null, null, "interrupted while waiting to retry");
      }
    }
  }

  private static String describe(Exchange e) {
    return e.status() == 0 ? "no answer (" + e.reason() + ")" : "answered " + e.status();
  }

  private record Raw(Exchange exchange, JsonNode json, String parseError) {}

  private Raw once(Request request, Wire wire, int attempt) {
    String url = url(request, wire.query());
    Map<String, List<String>> sentHeaders = new LinkedHashMap<>();
    long mark = lint.mark();
    long t0 = System.nanoTime();
    try {
      pacer.acquire();
      t0 = System.nanoTime();
      HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url)).timeout(timeout);
      wire.headers().forEach((name, value) -> {
        String v = value.replace("${token}", endpoint.token());
        b.header(name, v);
        sentHeaders.put(name, List.of(v));
      });
      HttpRequest.BodyPublisher publisher = HttpRequest.BodyPublishers.noBody();
      if (request.body() != null) {
        b.header("Content-Type", wire.contentType());
        sentHeaders.put("Content-Type", List.of(wire.contentType()));
        publisher = HttpRequest.BodyPublishers.ofString(request.body(), StandardCharsets.UTF_8);
      }
      b.method(request.method(), publisher);
      HttpResponse<byte[]> resp = http.send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
      long micros = (System.nanoTime() - t0) / 1_000;
      // redacted before parsing, so no reason derived from the answer can carry the token
      String body = redactor.text(decode(resp));
      JsonNode json = null;
      String parseError = null;
      if (!body.isBlank()) {
        try {
          json = Json.MAPPER.readTree(body);
        } catch (IOException e) {
          parseError = "the answer is not JSON: " + firstLine(e.getMessage());
        }
      }
      Exchange ex = new Exchange(request.step(), request.purpose(), request.origin(), attempt, request.method(),
          redactor.text(url), redactor.headers(sentHeaders), redactor.text(request.body()), resp.statusCode(),
          redactor.headers(resp.headers().map()), clip(body), micros, null, null, lint.since(mark, request.method(), pathOf(url)));
      return new Raw(ex, json, parseError);
    } catch (IOException | IllegalArgumentException e) {
      long micros = (System.nanoTime() - t0) / 1_000;
      String why = e instanceof HttpTimeoutException ? "timed out after " + timeout.toMillis() + " ms"
          : e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + firstLine(e.getMessage()));
      Exchange ex = new Exchange(request.step(), request.purpose(), request.origin(), attempt, request.method(),
          redactor.text(url), redactor.headers(sentHeaders), redactor.text(request.body()), 0, Map.of(), "",
          micros, null, redactor.text(why), lint.since(mark, request.method(), pathOf(url)));
      return new Raw(ex, null, null);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      Exchange ex = new Exchange(request.step(), request.purpose(), request.origin(), attempt, request.method(),
          redactor.text(url), redactor.headers(sentHeaders), redactor.text(request.body()), 0, Map.of(), "",
          0, null, "interrupted", List.of());
      return new Raw(ex, null, null);
    }
  }

  String url(Request request, QueryEncoding encoding) {
    StringBuilder sb = new StringBuilder(endpoint.baseUrl().toString()).append(encodePath(request.path()));
    if (!request.query().isEmpty()) {
      StringJoiner q = new StringJoiner("&", "?", "");
      request.query().forEach((k, v) -> q.add(v == null ? encoding.encode(k) : encoding.encode(k) + "=" + encoding.encode(v)));
      sb.append(q);
    }
    return sb.toString();
  }

  private static String pathOf(String url) {
    try {
      return URI.create(url).getRawPath();
    } catch (IllegalArgumentException e) {
      return url;
    }
  }

  /** Escapes what a filled-in id may carry into a path (spaces, quotes, non-ASCII), leaving the slashes. */
  static String encodePath(String path) {
    StringBuilder out = new StringBuilder();
    for (byte b : path.getBytes(StandardCharsets.UTF_8)) {
      int c = b & 0xff;
      boolean plain = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
          || "-._~/:@!$&'()*+,;=".indexOf(c) >= 0;
      out.append(plain ? String.valueOf((char) c) : String.format("%%%02X", c));
    }
    return out.toString();
  }

  private static String decode(HttpResponse<byte[]> resp) throws IOException {
    byte[] bytes = resp.body();
    if (bytes == null || bytes.length == 0) {
      return "";
    }
    String encoding = resp.headers().firstValue("Content-Encoding").orElse("").trim().toLowerCase();
    InputStream in = switch (encoding) {
      case "gzip", "x-gzip" -> new GZIPInputStream(new ByteArrayInputStream(bytes));
      case "deflate" -> new InflaterInputStream(new ByteArrayInputStream(bytes));
      default -> null;
    };
    if (in != null) {
      try (in) {
        bytes = in.readAllBytes();
      }
    }
    return new String(bytes, StandardCharsets.UTF_8);
  }

  private static String clip(String body) {
    return body.length() <= MAX_RECORDED_BODY ? body : body.substring(0, MAX_RECORDED_BODY) + "… (" + body.length() + " chars)";
  }

  private static String firstLine(String s) {
    if (s == null) {
      return "";
    }
    int nl = s.indexOf('\n');
    return nl < 0 ? s : s.substring(0, nl);
  }
}
