package dev.scimharness.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.scimharness.requirements.Catalogue;
import dev.scimharness.requirements.Requirement;
import java.util.List;
import org.junit.jupiter.api.Test;

class CoverageTest {
  private static ScenarioResult s(String id, Outcome o, String... tags) {
    return new ScenarioResult(id, id, "F", "features/rfc7644/x.feature", 1, o, List.of(tags), null, null, 1);
  }

  @Test
  void eachRequirementIsJudgedByTheScenariosThatNameIt() {
    Catalogue c = Catalogue.shared();
    Requirement created = c.find("7644-3.3-r8").orElseThrow();
    RunSummary run = new RunSummary("t", 1, List.of(s("a", Outcome.PASSED, "@must", "@req-7644-3.3-r8"),
        s("b", Outcome.FAILED, "@must", "@req-7644-3.3-r10"), s("c", Outcome.SKIPPED, "@must", "@req-7644-3.3-r3")));
    var checking = Coverage.checking(run, c);
    assertEquals(Coverage.State.PASSED, Coverage.state(created, checking.get(created)));
    assertEquals(Coverage.State.FAILED, Coverage.state(c.find("7644-3.3-r10").orElseThrow(),
        checking.get(c.find("7644-3.3-r10").orElseThrow())));
    assertEquals(Coverage.State.NOT_CONCLUSIVE, Coverage.state(c.find("7644-3.3-r3").orElseThrow(),
        checking.get(c.find("7644-3.3-r3").orElseThrow())));
    assertEquals(Coverage.State.UNCHECKED, Coverage.state(c.find("7644-3.3-r12").orElseThrow(), List.of()));
    Requirement client = c.all().stream().filter(r -> r.scope() == dev.scimharness.requirements.Scope.CLIENT)
        .findFirst().orElseThrow();
    assertEquals(Coverage.State.CLIENT, Coverage.state(client, List.of()));
    String md = Coverage.render(run, c);
    assertTrue(md.contains("Checked by this run: **3 of "), md.substring(0, 400));
    assertTrue(md.contains("| [7644-3.3-r8](https://www.rfc-editor.org/rfc/rfc7644#section-3.3) | SHALL | must | passed"
        + " | 1: 1 passed |"), md);
  }
}
