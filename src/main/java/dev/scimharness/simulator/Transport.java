package dev.scimharness.simulator;

import dev.scimharness.endpoint.RetryAfter;
import dev.scimharness.endpoint.Exchange;
import dev.scimharness.endpoint.HttpClients;
import dev.scimharness.endpoint.Redactor;
import dev.scimharness.endpoint.Request;
import dev.scimharness.endpoint.ScimClient;
import dev.scimharness.endpoint.ScimResponse;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * An IdP's connection to an endpoint, over the shared {@link ScimClient}: it paces requests (workloads),
 * retries 429/5xx and broken connections as the sender's {@link RetryPolicy} says, and reads the reference
 * server's request lint for each request. Never throws for anything the target does: a reset, a timeout,
 * malformed JSON or a wrong content type become an exchange with a reason.
 */
public final class Transport {
  private static final int MAX_RECORDED_BODY = 64 * 1024;

  private final Endpoint endpoint;
  private final HttpClient http;
  private final ScimClient client;
  private final Sleeper sleeper;
  private final Clock clock;
  private final LintProbe lint;
  private final Duration timeout;
  private volatile Pacer pacer = Pacer.NONE;

  /** {@code http} is shared: {@link HttpClients#shared()} keeps connections alive across runs. */
  public Transport(Endpoint endpoint, HttpClient http, Sleeper sleeper, Clock clock, LintProbe lint, Duration timeout) {
    this.endpoint = endpoint;
    this.http = http;
    this.sleeper = sleeper;
    this.clock = clock;
    this.lint = lint;
    this.timeout = timeout;
    this.client = ScimClient.asGiven(http, endpoint.baseUrl(), timeout, new Redactor(List.of(endpoint.token())));
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
    return client.redactor();
  }

  public Answer send(StepRequest request, Wire wire) {
    RetryPolicy policy = wire.retry();
    Request sent = withToken(request.request());
    List<StepExchange> attempts = new ArrayList<>();
    long started = System.nanoTime();
    for (int attempt = 1; ; attempt++) {
      Attempt a = once(request, sent, attempt);
      attempts.add(a.exchange);
      int status = a.exchange.status();
      boolean transientFailure = status == 0 ? policy.networkErrors() : policy.retries(status);
      if (!transientFailure) {
        return a.answer(attempts, null);
      }
      String giveUp = null;
      Duration wait = policy.backoff(attempt);
      Optional<Duration> asked = RetryAfter.parse(a.exchange.responseHeader("Retry-After"), clock);
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
        return a.answer(attempts, giveUp);
      }
      attempts.set(attempts.size() - 1, a.exchange.judged(Verdict.RETRIED,
          describe(a.exchange) + "; retried after " + wait.toMillis() + " ms"
              + (asked.isPresent() && policy.honourRetryAfter() ? " (Retry-After)" : " (back-off)")));
      try {
        sleeper.sleep(wait);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return new Answer(attempts, null, null, "interrupted while waiting to retry");
      }
    }
  }

  private static String describe(StepExchange e) {
    return e.status() == 0 ? "no answer (" + e.error() + ")" : "answered " + e.status();
  }

  /** One try: the exchange as recorded, and the answer as the target sent it, for the checks. */
  private record Attempt(StepExchange exchange, ScimResponse response) {
    Answer answer(List<StepExchange> attempts, String giveUp) {
      String parseError = response == null ? null
          : response.notJson().map(why -> "the answer is not JSON: " + why).orElse(null);
      return new Answer(attempts, response == null ? null : response.json(), parseError, giveUp);
    }
  }

  private Attempt once(StepRequest request, Request sent, int attempt) {
    long mark = lint.mark();
    try {
      pacer.acquire();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      Exchange none = Exchange.unanswered(sent.method(), redactor().text(sent.path()), Map.of(), "", Duration.ZERO,
          "interrupted");
      return new Attempt(new StepExchange(request.step(), request.purpose(), request.origin(), attempt, none, null,
          null, List.of()), null);
    }
    ScimResponse response = client.send(sent);
    Exchange shown = clipped(response.exchange());
    StepExchange ex = new StepExchange(request.step(), request.purpose(), request.origin(), attempt, shown, null,
        null, lint.since(mark, sent.method(), pathOf(response.raw().uri())));
    return new Attempt(ex, response);
  }

  private Request withToken(Request r) {
    Map<String, String> h = new LinkedHashMap<>();
    r.headers().forEach((name, value) -> h.put(name, value.replace("${token}", endpoint.token())));
    return new Request(r.method(), r.path(), r.body(), h, r.auth());
  }

  private static String pathOf(String url) {
    try {
      return URI.create(url).getRawPath();
    } catch (IllegalArgumentException e) {
      return url;
    }
  }

  private static Exchange clipped(Exchange e) {
    String body = e.responseBody();
    if (body.length() <= MAX_RECORDED_BODY) {
      return e;
    }
    return new Exchange(e.method(), e.uri(), e.requestHeaders(), e.requestBody(), e.status(), e.responseHeaders(),
        body.substring(0, MAX_RECORDED_BODY) + "… (" + body.length() + " chars)", e.duration(), e.error());
  }
}
