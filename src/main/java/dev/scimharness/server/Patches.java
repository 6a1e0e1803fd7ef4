package dev.scimharness.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.scimharness.patch.PatchEngine;
import dev.scimharness.patch.PatchParser;
import dev.scimharness.patch.PatchRequest;
import dev.scimharness.patch.PatchResult;
import dev.scimharness.scim.ResourceSchema;

/** The server's entry to the PATCH parser and engine (RFC 7644 §3.5.2); their findings become lint findings. */
final class Patches {
  private Patches() {}

  static PatchRequest parse(JsonNode body, RequestScope scope) {
    return PatchParser.parse(Validation.object(body), scope.leniency(), scope.findings());
  }

  static PatchResult apply(ObjectNode resource, PatchRequest request, ResourceSchema schema, RequestScope scope) {
    PatchResult r = PatchEngine.apply(resource, request, schema, scope.leniency());
    r.findings().forEach(scope::lint);
    return r;
  }
}
