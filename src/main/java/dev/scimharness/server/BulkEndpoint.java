package dev.scimharness.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.scimharness.scim.Json;
import dev.scimharness.scim.MessageUrns;
import dev.scimharness.scim.ScimException;
import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code POST /Bulk} (RFC 7644 §3.7): each operation runs through the same {@link ResourceService} as a single
 * request would. {@code bulkId:} references (in a {@code path} or anywhere in {@code data}) are resolved to the ids
 * created earlier in the request; an operation whose reference is not resolved yet is deferred, so references
 * forward in the list work too, and what can never be resolved (a circle, a failed target) is 409. Processing
 * stops after {@code failOnErrors} errors. Over {@code maxOperations} or {@code maxPayloadSize}: 413.
 */
final class BulkEndpoint {
  private static final Pattern REF = Pattern.compile("bulkId:([^/\\s\"]+)");
  private static final Pattern PATH = Pattern.compile("/(Users|Groups)(?:/([^/]+))?/?");

  private final ServerConfig config;
  private final ResourceService service;

  BulkEndpoint(ServerConfig config, ResourceService service) {
    this.config = config;
    this.service = service;
  }

  /** One operation of the request, as sent. */
  private record Op(int index, String method, String bulkId, String path, String version, JsonNode data,
      Set<String> refs) {}

  void handle(Context ctx, RequestScope s) {
    JsonNode body = RequestBodies.json(ctx, s, config.hooks().bulk().payloadLimit(config.bulkMaxPayloadSize()));
    ObjectNode in = Validation.object(body);
    checkSchema(in, s);
    JsonNode ops = Json.field(in, "Operations");
    if (ops == null || !ops.isArray()) {
      throw ScimException.invalidSyntax("A BulkRequest needs an 'Operations' array (RFC 7644 §3.7).");
    }
    if (ops.size() > config.bulkMaxOperations()) {
      throw new ScimException(413, null, "The bulk request has " + ops.size() + " operations; maxOperations is "
          + config.bulkMaxOperations() + ".");
    }
    int failOnErrors = failOnErrors(in);
    List<Op> pending = new ArrayList<>();
    for (int i = 0; i < ops.size(); i++) {
      pending.add(op(ops.get(i), i));
    }
    Map<String, String> created = new HashMap<>();
    Set<String> failed = new LinkedHashSet<>();
    ObjectNode[] results = new ObjectNode[ops.size()];
    int errors = 0;
    boolean progress = true;
    while (!pending.isEmpty() && progress && errors < failOnErrors) {
      progress = false;
      for (Iterator<Op> it = pending.iterator(); it.hasNext() && errors < failOnErrors; ) {
        Op op = it.next();
        if (!created.keySet().containsAll(op.refs()) && !intersects(op.refs(), failed)
            && waitable(op.refs(), pending)) {
          continue;
        }
        it.remove();
        progress = true;
        ObjectNode result = run(s, op, created);
        results[op.index()] = result;
        if (Integer.parseInt(result.get("status").asText()) >= 400) {
          errors++;
          if (op.bulkId() != null) {
            failed.add(op.bulkId());
          }
        }
      }
    }
    if (errors < failOnErrors) {
      for (Op op : pending) { // nothing moved: the rest wait on each other
        results[op.index()] = error(op, new ScimException(409, null,
            "bulkId references " + op.refs() + " cannot be resolved (circular or unknown)."));
      }
    }
    ObjectNode out = Json.object();
    out.putArray("schemas").add(MessageUrns.BULK_RESPONSE);
    ArrayNode arr = out.putArray("Operations");
    for (ObjectNode r : results) {
      if (r != null) {
        arr.add(r);
      }
    }
    ScimHttp.send(ctx, 200, out);
  }

  /** Defer only while some referenced bulkId belongs to an operation still waiting to run. */
  private static boolean waitable(Set<String> refs, List<Op> pending) {
    for (Op p : pending) {
      if (p.bulkId() != null && refs.contains(p.bulkId())) {
        return true;
      }
    }
    return false;
  }

  private static boolean intersects(Set<String> a, Set<String> b) {
    for (String x : a) {
      if (b.contains(x)) {
        return true;
      }
    }
    return false;
  }

  private ObjectNode run(RequestScope s, Op op, Map<String, String> created) {
    try {
      if (!created.keySet().containsAll(op.refs())) {
        throw new ScimException(409, null, "bulkId references " + op.refs() + " cannot be resolved: the operation "
            + "they name failed or does not exist.");
      }
      String path = resolve(op.path(), created);
      Matcher m = PATH.matcher(path == null ? "" : path);
      if (!m.matches()) {
        throw ScimException.invalidValue("Bulk 'path' must be /Users, /Groups, /Users/{id} or /Groups/{id}; got '"
            + op.path() + "'.");
      }
      ResourceKind kind = m.group(1).equals("Users") ? ResourceKind.USER : ResourceKind.GROUP;
      String id = m.group(2);
      JsonNode data = op.data() == null ? null
          : config.hooks().bulk().data(op.data(), d -> resolve(d.deepCopy(), created));
      String method = op.method();
      if (method.equals("POST") && id == null) {
        if (op.bulkId() == null) {
          throw ScimException.invalidSyntax("A bulk POST needs a 'bulkId' (RFC 7644 §3.7).");
        }
        StoredResource r = service.create(s, kind, data).stored();
        created.put(op.bulkId(), r.id());
        return success(s, op, r, 201);
      }
      if (id == null || method.equals("POST")) {
        throw new ScimException(405, null, method + " is not allowed on '" + op.path() + "'.");
      }
      return switch (method) {
        case "PUT" -> success(s, op, service.replace(s, kind, id, data, op.version()).stored(), 200);
        case "PATCH" -> success(s, op, service.patch(s, kind, id, data, op.version()).stored(), 200);
        case "DELETE" -> {
          service.delete(s, kind, id, op.version());
          ObjectNode r = base(op, 204);
          r.put("location", s.baseUrl() + kind.endpoint() + "/" + id);
          yield r;
        }
        default -> throw ScimException.invalidValue("Unknown bulk method '" + op.method() + "'.");
      };
    } catch (ScimException e) {
      return error(op, e);
    }
  }

  private ObjectNode success(RequestScope s, Op op, StoredResource r, int status) {
    ObjectNode o = base(op, status);
    o.put("location", service.location(s, r));
    o.put("version", service.etag(r));
    return o;
  }

  private ObjectNode error(Op op, ScimException e) {
    ObjectNode o = base(op, e.status());
    o.set("response", ScimHttp.errorBody(e, config.hooks().errors()));
    return o;
  }

  private static ObjectNode base(Op op, int status) {
    ObjectNode o = Json.object();
    o.put("method", op.method());
    if (op.bulkId() != null) {
      o.put("bulkId", op.bulkId());
    }
    if (op.version() != null) {
      o.put("version", op.version());
    }
    o.put("status", Integer.toString(status));
    return o;
  }

  private static Op op(JsonNode node, int index) {
    if (node == null || !node.isObject()) {
      throw ScimException.invalidSyntax("Bulk operation " + index + " is not a JSON object.");
    }
    String method = text(node, "method", index);
    if (method == null) {
      throw ScimException.invalidSyntax("Bulk operation " + index + " has no 'method'.");
    }
    String path = text(node, "path", index);
    if (path == null) {
      throw ScimException.invalidSyntax("Bulk operation " + index + " has no 'path'.");
    }
    JsonNode data = Json.field(node, "data");
    Set<String> refs = new LinkedHashSet<>();
    collectRefs(path, refs);
    if (data != null) {
      collectRefs(data, refs);
    }
    return new Op(index, method.toUpperCase(Locale.ROOT), text(node, "bulkId", index), path,
        text(node, "version", index), data, refs);
  }

  private static String text(JsonNode node, String field, int index) {
    JsonNode v = Json.field(node, field);
    if (v == null || v.isNull()) {
      return null;
    }
    if (!v.isTextual()) {
      throw ScimException.invalidSyntax("Bulk operation " + index + ": '" + field + "' must be a string.");
    }
    return v.asText();
  }

  private static void collectRefs(JsonNode n, Set<String> refs) {
    if (n.isTextual()) {
      collectRefs(n.asText(), refs);
    } else if (n.isContainerNode()) {
      n.forEach(c -> collectRefs(c, refs));
    }
  }

  private static void collectRefs(String s, Set<String> refs) {
    Matcher m = REF.matcher(s);
    while (m.find()) {
      refs.add(m.group(1));
    }
  }

  private static String resolve(String s, Map<String, String> created) {
    if (s == null || !s.contains("bulkId:")) {
      return s;
    }
    Matcher m = REF.matcher(s);
    StringBuilder sb = new StringBuilder();
    while (m.find()) {
      m.appendReplacement(sb, Matcher.quoteReplacement(created.getOrDefault(m.group(1), m.group())));
    }
    m.appendTail(sb);
    return sb.toString();
  }

  private static JsonNode resolve(JsonNode n, Map<String, String> created) {
    if (n instanceof ObjectNode o) {
      for (Iterator<Map.Entry<String, JsonNode>> it = o.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> e = it.next();
        e.setValue(resolve(e.getValue(), created));
      }
      return o;
    }
    if (n instanceof ArrayNode a) {
      for (int i = 0; i < a.size(); i++) {
        a.set(i, resolve(a.get(i), created));
      }
      return a;
    }
    if (n.isTextual() && n.asText().contains("bulkId:")) {
      return TextNode.valueOf(resolve(n.asText(), created));
    }
    return n;
  }

  private int failOnErrors(ObjectNode in) {
    JsonNode v = Json.field(in, "failOnErrors");
    if (v == null || v.isNull()) {
      return config.hooks().bulk().failOnErrors();
    }
    if (!v.isIntegralNumber() || v.asLong() < 1) {
      throw ScimException.invalidSyntax("'failOnErrors' must be a positive integer (RFC 7644 §3.7).");
    }
    return v.canConvertToInt() ? v.intValue() : Integer.MAX_VALUE;
  }

  private static void checkSchema(ObjectNode in, RequestScope s) {
    JsonNode schemas = Json.field(in, "schemas");
    if (schemas != null && schemas.isArray()) {
      for (JsonNode n : schemas) {
        if (n.asText().equals(MessageUrns.BULK_REQUEST)) {
          return;
        }
      }
    }
    s.lint(LintRules.BULK_SCHEMA.finding("A bulk body must declare the BulkRequest schema.",
        schemas == null ? "" : schemas.toString()));
    if (!s.leniency().lenient()) {
      throw ScimException.invalidSyntax("'schemas' must be [\"" + MessageUrns.BULK_REQUEST + "\"] (RFC 7644 §3.7).");
    }
  }
}
