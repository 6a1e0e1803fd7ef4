package dev.scimharness.server;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.scimharness.scim.Json;
import dev.scimharness.scim.MessageUrns;
import dev.scimharness.scim.ScimException;
import io.javalin.http.Context;
import java.util.List;

/** Writing SCIM responses: the media type, list responses and the §3.12 error body, each in one place. */
final class ScimHttp {
  static final String MEDIA_TYPE = "application/scim+json";

  private ScimHttp() {}

  /** As bytes: a String result is encoded in the container's default charset (ISO-8859-1), not JSON's UTF-8. */
  static void send(Context ctx, int status, JsonNode body) {
    byte[] bytes;
    try {
      bytes = Json.MAPPER.writeValueAsBytes(body); // Jackson writes UTF-8
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a JSON tree could not be written", e);
    }
    ctx.status(status).contentType(MEDIA_TYPE).result(bytes);
  }

  static ObjectNode listResponse(int totalResults, int startIndex, List<? extends JsonNode> resources) {
    ObjectNode o = Json.object();
    o.putArray("schemas").add(MessageUrns.LIST_RESPONSE);
    o.put("totalResults", totalResults);
    o.put("itemsPerPage", resources.size());
    o.put("startIndex", startIndex);
    ArrayNode arr = o.putArray("Resources");
    resources.forEach(arr::add);
    return o;
  }

  /**
   * A page served by cursor (RFC 9865 §2): no {@code startIndex}, and {@code nextCursor} / {@code previousCursor}
   * only where there is such a page.
   */
  static ObjectNode cursorListResponse(int totalResults, List<? extends JsonNode> resources, String nextCursor,
      String previousCursor) {
    ObjectNode o = Json.object();
    o.putArray("schemas").add(MessageUrns.LIST_RESPONSE);
    o.put("totalResults", totalResults);
    o.put("itemsPerPage", resources.size());
    if (previousCursor != null) {
      o.put("previousCursor", previousCursor);
    }
    if (nextCursor != null) {
      o.put("nextCursor", nextCursor);
    }
    ArrayNode arr = o.putArray("Resources");
    resources.forEach(arr::add);
    return o;
  }

  /**
   * The RFC 7644 §3.12 error body: {@code schemas}, {@code status} as a string, {@code scimType} when one applies,
   * {@code detail}; then the error hook's changes, here and nowhere else.
   */
  static ObjectNode errorBody(ScimException e, ErrorHook hook) {
    ObjectNode o = Json.object();
    o.putArray("schemas").add(MessageUrns.ERROR);
    o.put("status", Integer.toString(e.status()));
    if (e.scimType() != null) {
      o.put("scimType", e.scimType().name());
    }
    if (e.detail() != null) {
      o.put("detail", e.detail());
    }
    hook.body(e, o);
    return o;
  }

  static void sendError(Context ctx, ScimException e, ErrorHook hook) {
    if (e.status() == 401 && hook.challenges()) {
      ctx.header("WWW-Authenticate", "Bearer realm=\"scim\"");
    }
    send(ctx, e.status(), errorBody(e, hook));
  }
}
