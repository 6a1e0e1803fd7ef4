package dev.scimharness.faults;

import com.fasterxml.jackson.databind.JsonNode;
import dev.scimharness.server.BulkHook;
import java.util.function.UnaryOperator;

/**
 * The bulk faults (RFC 7644 §3.7): {@link Fault#BULK_BULKID_NOT_RESOLVED}, {@link Fault#BULK_STOPS_AT_FIRST_ERROR},
 * {@link Fault#BULK_PAYLOAD_LIMIT_NOT_ENFORCED}.
 */
record BulkFaults(Faults on) implements BulkHook {
  @Override
  public JsonNode data(JsonNode data, UnaryOperator<JsonNode> resolve) {
    return on.has(Fault.BULK_BULKID_NOT_RESOLVED) ? data : resolve.apply(data);
  }

  @Override
  public int failOnErrors() {
    return on.has(Fault.BULK_STOPS_AT_FIRST_ERROR) ? 1 : BulkHook.super.failOnErrors();
  }

  @Override
  public int payloadLimit(int advertised) {
    return on.has(Fault.BULK_PAYLOAD_LIMIT_NOT_ENFORCED) ? Integer.MAX_VALUE : advertised;
  }
}
