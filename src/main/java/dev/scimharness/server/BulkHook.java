package dev.scimharness.server;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.function.UnaryOperator;

/** Hooks on {@code /Bulk} (RFC 7644 §3.7). */
public interface BulkHook {
  /** An operation's data as it is run; {@code resolve} replaces the {@code bulkId:} references (§3.7.2). */
  default JsonNode data(JsonNode data, UnaryOperator<JsonNode> resolve) {
    return resolve.apply(data);
  }

  /** The errors a request without {@code failOnErrors} may run into before it stops (§3.7.3: all of them). */
  default int failOnErrors() {
    return Integer.MAX_VALUE;
  }

  /** The largest request body accepted, from the advertised {@code bulk.maxPayloadSize} (§3.7.4: 413 beyond it). */
  default int payloadLimit(int advertised) {
    return advertised;
  }
}
