package dev.scimharness.scim;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.scimharness.lint.LintFinding;
import java.util.List;
import java.util.Objects;

/**
 * A resource body after {@link ResourceValidator}: canonical attribute spelling, coerced values, no
 * server-owned or read-only attributes, no unassigned ones; and what was found wrong with the request but
 * accepted (lenient mode) or worth telling (read-only attributes sent).
 */
public record ValidatedResource(ObjectNode resource, List<LintFinding> findings) {
  public ValidatedResource {
    Objects.requireNonNull(resource, "resource");
    findings = List.copyOf(findings);
  }
}
