package dev.scimharness.fuzz;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.scimharness.scim.Json;
import dev.scimharness.scim.Leniency;
import dev.scimharness.scim.ResourceSchema;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;

/**
 * The oracle itself, without a server: whatever the fuzz sends, the PATCH parser and engine answer with a result or
 * a ScimException, never another exception (which a server would turn into a 500).
 */
class PatchEngineRobustnessProperties {

  @Provide
  Arbitrary<PatchFuzzCase> cases() {
    return net.jqwik.api.Arbitraries.oneOf(PatchFuzzCases.users(), PatchFuzzCases.groups());
  }

  @Property(tries = 400, seed = "7644352", edgeCases = net.jqwik.api.EdgeCasesMode.NONE)
  void theEngineAnswersEveryGeneratedPatchWithAResultOrAScimError(@ForAll("cases") PatchFuzzCase c) {
    for (Leniency leniency : Leniency.values()) {
      boolean user = c.endpoint().equals("Users");
      ResourceSchema schema = user ? PatchFuzzCases.USERS : PatchFuzzCases.GROUPS;
      PatchOracle.Expected e = PatchOracle.expect(stored(c, user), c.body(), schema, leniency);
      Statistics.label(leniency.name()).collect(e instanceof PatchOracle.Rejected r ? r.scimType() + "" : "applied");
    }
  }

  /** The resource roughly as a server stores it: with the attributes the client does not send. */
  static ObjectNode stored(PatchFuzzCase c, boolean user) {
    ObjectNode r = c.resource().deepCopy();
    r.putArray("schemas").add(user ? PatchFuzzCases.USERS.core().id() : PatchFuzzCases.GROUPS.core().id());
    if (user && r.has(PatchFuzzCases.ENTERPRISE)) {
      ((com.fasterxml.jackson.databind.node.ArrayNode) r.get("schemas")).add(PatchFuzzCases.ENTERPRISE);
    }
    r.put("id", "0001");
    if (user) {
      r.put("userName", "fuzz.user");
    }
    r.set("meta", Json.object().put("resourceType", user ? "User" : "Group").put("created", "2026-01-01T00:00:00Z")
        .put("lastModified", "2026-01-01T00:00:00Z").put("version", "W/\"1\""));
    return r;
  }
}
