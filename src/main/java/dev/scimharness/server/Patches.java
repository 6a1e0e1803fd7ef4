package dev.scimharness.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.scimharness.patch.PatchEngine;
import dev.scimharness.patch.PatchOperation;
import dev.scimharness.patch.PatchParser;
import dev.scimharness.patch.PatchPath;
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

  /**
   * What {@link Fault#PATCH_REPLACE_IGNORES_FILTER} does: every {@code replace} loses its value filter, so
   * {@code emails[type eq "work"].value} becomes {@code emails.value} (every email) and {@code emails[…]} becomes
   * {@code emails}.
   */
  static PatchRequest withoutReplaceFilters(PatchRequest request) {
    return new PatchRequest(request.operations().stream().map(op -> {
      if (!(op instanceof PatchOperation.Replace r) || r.path() == null || !r.path().hasFilter()) {
        return op;
      }
      PatchPath p = r.path();
      PatchPath flat = PatchPath.of(p.subAttribute() == null ? p.attribute()
          : p.attribute().withSubAttribute(p.subAttribute()));
      return (PatchOperation) new PatchOperation.Replace(flat, r.value());
    }).toList());
  }
}
