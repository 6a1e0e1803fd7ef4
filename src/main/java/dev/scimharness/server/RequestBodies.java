package dev.scimharness.server;

import com.fasterxml.jackson.databind.JsonNode;
import dev.scimharness.scim.Json;
import dev.scimharness.scim.ScimException;
import io.javalin.http.Context;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Reads a request body: refuses one over the size limit (413) before reading it all, one that is not JSON by its
 * {@code Content-Type} (415), and malformed JSON (400 {@code invalidSyntax}). {@code application/json} is accepted
 * and linted: RFC 7644 §3.8 asks clients for {@code application/scim+json}.
 */
final class RequestBodies {
  /** The bytes read, kept on the request for the lint log: the stream can be read only once. */
  static final String READ = "scim.requestBody";

  private RequestBodies() {}

  /** The body {@link #json} read for this request, as text; empty when none was read. */
  static String read(Context ctx) {
    byte[] bytes = ctx.attribute(READ);
    return bytes == null ? "" : new String(bytes, StandardCharsets.UTF_8);
  }

  static JsonNode json(Context ctx, RequestScope scope, int limit) {
    checkMediaType(ctx, scope);
    byte[] bytes = read(ctx, limit);
    ctx.attribute(READ, bytes);
    if (bytes.length == 0) {
      throw ScimException.invalidSyntax("The request body is empty; a JSON document was expected.");
    }
    return Json.parse(new String(bytes, StandardCharsets.UTF_8));
  }

  private static void checkMediaType(Context ctx, RequestScope scope) {
    String ct = ctx.header("Content-Type");
    if (ct == null || ct.isBlank()) {
      scope.lint(LintRules.CONTENT_TYPE.finding("The request has a body but no Content-Type; "
          + "application/scim+json is expected.", ""));
      return;
    }
    String media = ct.split(";", 2)[0].trim().toLowerCase(Locale.ROOT);
    if (media.equals(ScimHttp.MEDIA_TYPE)) {
      return;
    }
    if (media.equals("application/json")) {
      scope.lint(LintRules.CONTENT_TYPE.finding("Content-Type application/json; SCIM clients should send "
          + "application/scim+json.", ct));
      return;
    }
    throw new ScimException(415, null, "Unsupported Content-Type '" + ct
        + "'; send application/scim+json (or application/json).");
  }

  private static byte[] read(Context ctx, int limit) {
    long declared = ctx.req().getContentLengthLong();
    if (declared > limit) {
      throw tooLarge(limit);
    }
    try (InputStream in = ctx.req().getInputStream()) {
      ByteArrayOutputStream out = new ByteArrayOutputStream(declared > 0 ? (int) declared : 1024);
      byte[] buf = new byte[8192];
      int n;
      while ((n = in.read(buf)) > 0) {
        if (out.size() + n > limit) {
          throw tooLarge(limit);
        }
        out.write(buf, 0, n);
      }
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static ScimException tooLarge(int limit) {
    return new ScimException(413, null, "The request body exceeds the maximum size of " + limit + " bytes.");
  }
}
