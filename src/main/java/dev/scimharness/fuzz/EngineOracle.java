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
import java.util.ArrayList;

/**
 * What RFC 7644 §3.5.2 prescribes for a PATCH of a resource as the target showed it. The pure engine is run in both
 * modes: where STRICT (the RFC to the letter) and LENIENT (what IdPs send and servers commonly accept) agree, the RFC
 * leaves no choice and the target must do the same; where they differ, either answer is conformant and the target's
 * choice is recorded.
 */
final class EngineOracle {
  private EngineOracle() {}

  sealed interface Answer permits Refused, Applied {}

  record Refused(int status, String scimType, String detail) implements Answer {
    @Override
    public String toString() {
      return status + " " + scimType + " (" + detail + ")";
    }
  }

  /** {@code view} is the {@link ResourceView} of the result. */
  record Applied(ObjectNode view, boolean changed) implements Answer {
    @Override
    public String toString() {
      return (changed ? "applied: " : "no-op: ") + Json.write(view);
    }
  }

  /** Both modes' answers; {@link #prescribed} is the common one, if they agree. */
  record Verdict(Answer strict, Answer lenient) {
    Answer prescribed() {
      // Refused in both readings: applying it is wrong whatever the reading; the scimType is only prescribed when
      // both readings name the same one.
      if (strict instanceof Refused s && lenient instanceof Refused l) {
        return String.valueOf(s.scimType()).equals(String.valueOf(l.scimType())) ? s
            : new Refused(s.status(), null, s.detail() + " / " + l.detail());
      }
      return strict.equals(lenient) ? strict : null;
    }
  }

  static Verdict judge(ObjectNode before, String body, ResourceSchema schema) {
    return new Verdict(answer(before, body, schema, Leniency.STRICT), answer(before, body, schema, Leniency.LENIENT));
  }

  private static Answer answer(ObjectNode before, String body, ResourceSchema schema, Leniency leniency) {
    try {
      PatchRequest request = PatchParser.parse(Json.parse(body), leniency, new ArrayList<LintFinding>());
      PatchResult result = PatchEngine.apply(before, request, schema, leniency);
      return new Applied(ResourceView.of(result.resource(), schema), result.changed());
    } catch (ScimException e) {
      return new Refused(e.status(), e.scimType() == null ? null : e.scimType().name(), e.detail());
    } catch (RuntimeException e) {
      // The engine's own robustness is PatchEngineRobustnessProperties' to hold; here it only must not decide.
      return new Refused(400, "engine:" + e.getClass().getSimpleName(), String.valueOf(e.getMessage()));
    }
  }
}
