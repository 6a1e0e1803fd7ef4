package dev.scimharness.endpoint;

import com.fasterxml.jackson.databind.JsonNode;
import dev.scimharness.scim.Json;
import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.Optional;

/**
 * The target's answer to one request. Checks read it as the target sent it: status, headers (names compared
 * ignoring case), the body and the body parsed as JSON. Reports read {@link #exchange()}, the same exchange
 * redacted, made when first asked for.
 */
public final class ScimResponse {
  private final Exchange raw;
  private final Redactor redactor;
  private final JsonNode json;
  private final String notJson;
  private volatile Exchange redacted;

  public ScimResponse(Exchange raw, Redactor redactor) {
    this.raw = raw;
    this.redactor = redactor;
    JsonNode parsed = null;
    String why = null;
    if (!raw.responseBody().isBlank()) {
      try {
        parsed = Json.MAPPER.readTree(raw.responseBody());
      } catch (IOException e) {
        why = firstLine(e.getMessage());
      }
    }
    this.json = parsed;
    this.notJson = why;
  }

  public int status() {
    return raw.status();
  }

  /** The exchange as reports, transcripts and logs show it: redacted. */
  public Exchange exchange() {
    Exchange e = redacted;
    if (e == null) {
      e = raw.redacted(redactor);
      redacted = e;
    }
    return e;
  }

  /** The exchange as it went over the wire, secrets and all: for checks, never for a report. */
  public Exchange raw() {
    return raw;
  }

  /** The body as JSON, or {@code null} when it is empty or not JSON. */
  public JsonNode json() {
    return json;
  }

  /** Why a non-empty body is not JSON (the parser's first line), if it is not. */
  public Optional<String> notJson() {
    return Optional.ofNullable(notJson);
  }

  /** The body as the target sent it, {@code ""} when there was none. */
  public String body() {
    return raw.responseBody();
  }

  /** The body as a report may show it. */
  public String redactedBody() {
    return exchange().responseBody();
  }

  public Optional<String> header(String name) {
    return Optional.ofNullable(raw.responseHeader(name));
  }

  public List<String> headers(String name) {
    return raw.responseHeaders(name);
  }

  /** The URI the request went to. */
  public URI requestUri() {
    return URI.create(raw.uri());
  }

  /** A reference in this answer ({@code Location}, {@code meta.location}, {@code $ref}) as an absolute URI. */
  public URI resolve(String reference) {
    return References.resolve(requestUri(), reference);
  }

  /** Text made from this answer (a failure message) as a report may show it. */
  public String redact(String text) {
    return redactor.text(text);
  }

  private static String firstLine(String s) {
    if (s == null) {
      return "";
    }
    int nl = s.indexOf('\n');
    return nl < 0 ? s : s.substring(0, nl);
  }

  @Override
  public String toString() {
    return exchange().transcript();
  }
}
