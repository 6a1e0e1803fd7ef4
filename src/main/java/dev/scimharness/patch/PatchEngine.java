package dev.scimharness.patch;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.scimharness.scim.Leniency;
import dev.scimharness.scim.ResourceSchema;
import java.util.Objects;

/**
 * RFC 7644 §3.5.2 PATCH as a pure function: (resource, request, schema) → new resource. The caller's tree is never
 * written to: operations copy a node the first time they write into it (see {@link ResourceTree}), and a failing
 * operation throws a {@link dev.scimharness.scim.ScimException} that drops the partial result. So a request applies
 * whole or not at all, as §3.5.2 wants (a PATCH request is atomic; when one operation fails the original resource
 * is restored), and the engine can be the oracle of the property tests. The new resource shares the values the
 * request did not touch with the input: treat both as values. The rules, and the choices made where the RFC leaves
 * room, are in {@link PatchSession} and {@link PatchParser}.
 */
public final class PatchEngine {
  private PatchEngine() {}

  public static PatchResult apply(ObjectNode resource, PatchRequest request, ResourceSchema schema,
      Leniency leniency) {
    Objects.requireNonNull(resource, "resource");
    Objects.requireNonNull(request, "request");
    Objects.requireNonNull(schema, "schema");
    PatchSession session = new PatchSession(resource, schema, Objects.requireNonNull(leniency));
    for (PatchOperation op : request.operations()) {
      session.apply(op);
    }
    session.settleExtensions();
    return new PatchResult(session.doc, session.changed(), session.findings);
  }
}
