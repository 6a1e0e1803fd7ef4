package dev.scimharness.fuzz;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.scimharness.lint.LintFinding;
import dev.scimharness.patch.PatchEngine;
import dev.scimharness.patch.PatchParser;
import dev.scimharness.patch.PatchRequest;
import dev.scimharness.patch.PatchResult;
import dev.scimharness.scim.Json;
import dev.scimharness.scim.Leniency;
import dev.scimharness.scim.ResourceSchema;
import dev.scimharness.scim.ScimException;
import dev.scimharness.scim.ScimType;
import java.util.ArrayList;
import java.util.List;

/**
 * What a correct server must answer to a PATCH body sent to a resource, according to the pure PATCH engine: the same
 * parser and engine, in the same leniency, applied to the resource as the server showed it before.
 */
final class PatchOracle {
  private PatchOracle() {}

  sealed interface Expected permits Rejected, Applied {}

  /** The request is refused with this status and scimType (RFC 7644 §3.12), and nothing changes. */
  record Rejected(int status, ScimType scimType, String detail) implements Expected {
    @Override
    public String toString() {
      return status + " " + scimType + " (" + detail + ")";
    }
  }

  /** The request succeeds and the resource becomes {@code resource}; {@code changed} false means a no-op. */
  record Applied(ObjectNode resource, boolean changed) implements Expected {
    @Override
    public String toString() {
      return (changed ? "applied: " : "no-op: ") + Json.write(resource);
    }
  }

  static Expected expect(ObjectNode before, String body, ResourceSchema schema, Leniency leniency) {
    try {
      List<LintFinding> findings = new ArrayList<>();
      PatchRequest request = PatchParser.parse(Json.parse(body), leniency, findings);
      PatchResult result = PatchEngine.apply(before, request, schema, leniency);
      return new Applied(result.resource(), result.changed());
    } catch (ScimException e) {
      return new Rejected(e.status(), e.scimType(), e.detail());
    }
  }
}
