package dev.scimharness.fuzz;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/**
 * One generated try, free of the target's ids: placeholders ({@code {{m0}}} for a member user, {@code {{self}}}
 * for the resource under test, {@code {{p}}} for the run's name prefix) are filled in when it runs. It is JSON so
 * that a shrunk case can be written into a replay script and read back from it.
 */
public sealed interface FuzzCase permits PatchCase, FilterCase, LifecycleCase {
  FuzzKind kind();

  ObjectNode toJson();

  /** Cases one step smaller, most promising first; shrinking keeps the first that still fails the same way. */
  List<FuzzCase> smaller();

  /** How many requests the case sends beyond its set-up (creating the resources it works on). */
  int requests();

  static FuzzCase fromJson(JsonNode json) {
    String kind = json.path("kind").asText();
    return switch (FuzzKind.parse(kind)) {
      case PATCH -> PatchCase.fromJson(json);
      case FILTER -> FilterCase.fromJson(json);
      case LIFECYCLE -> LifecycleCase.fromJson(json);
    };
  }
}
