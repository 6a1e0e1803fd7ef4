package dev.scimharness.conformance;

import com.fasterxml.jackson.databind.JsonNode;
import dev.scimharness.scim.Json;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * RFC 7644 §3.7.1: "The service provider MUST try to resolve circular cross-references between resources in a
 * single bulk job but MAY stop after a failed attempt and instead return HTTP status code 409 (Conflict)." Each
 * operation of the cycle either created its resource, whose members then name the others that were created by
 * their ids (never a leftover {@code bulkId:…}), or answered 409.
 */
public final class CircularBulk {
  private CircularBulk() {}

  /** The status each operation of {@code bulkIds} answered, by bulkId; a missing operation is absent. */
  public static Map<String, String> statuses(JsonNode bulkResponse, List<String> bulkIds) {
    Map<String, String> out = new LinkedHashMap<>();
    for (String id : bulkIds) {
      JsonNode status = BodyPath.first(bulkResponse, "Operations[bulkId eq \"" + id + "\"].status");
      if (status != null) {
        out.put(id, status.asText());
      }
    }
    return out;
  }

  /**
   * What is wrong with the answer: {@code statuses} from {@link #statuses}, {@code created} the resources read
   * back by bulkId (for the operations that answered 2xx).
   */
  public static List<String> problems(List<String> bulkIds, Map<String, String> statuses, Map<String, JsonNode> created) {
    List<String> problems = new ArrayList<>();
    for (String id : bulkIds) {
      String status = statuses.get(id);
      if (status == null) {
        problems.add("operation " + id + " is missing from the BulkResponse");
      } else if (!status.startsWith("2") && !status.equals("409")) {
        problems.add("operation " + id + " answered " + status + ", neither created nor 409 (Conflict)");
      }
    }
    for (Map.Entry<String, JsonNode> e : created.entrySet()) {
      List<String> members = new ArrayList<>();
      JsonNode m = Json.field(e.getValue(), "members");
      if (m != null) {
        m.forEach(v -> members.add(Json.field(v, "value") == null ? "" : Json.field(v, "value").asText()));
      }
      members.stream().filter(v -> v.startsWith("bulkId:"))
          .forEach(v -> problems.add(e.getKey() + " was created with the unresolved member " + v));
      for (Map.Entry<String, JsonNode> other : created.entrySet()) {
        JsonNode otherId = Json.field(other.getValue(), "id");
        if (!other.getKey().equals(e.getKey()) && otherId != null && !members.contains(otherId.asText())) {
          problems.add(e.getKey() + " was created, and so was " + other.getKey() + ", but its members " + members
              + " do not name " + otherId.asText());
        }
      }
    }
    return problems;
  }
}
