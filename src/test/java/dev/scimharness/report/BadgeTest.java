package dev.scimharness.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class BadgeTest {
  private static List<ScenarioResult> scenarios(int passed, int failed, String level) {
    List<ScenarioResult> out = new ArrayList<>();
    for (int i = 0; i < passed + failed; i++) {
      out.add(new ScenarioResult(String.format("id-%08x", out.hashCode() + i) + level, "s" + i, "F", "u", i,
          i < passed ? Outcome.PASSED : Outcome.FAILED, List.of(level), null, null, 1));
    }
    return out;
  }

  private static Badge badge(List<ScenarioResult> all) {
    return Badge.of(new RunSummary("t", 1, all));
  }

  @Test
  void countsTheMustScenariosThatRanAndOnlyThose() {
    List<ScenarioResult> all = new ArrayList<>(scenarios(423, 0, "@must"));
    all.addAll(scenarios(3, 5, "@should"));
    all.add(new ScenarioResult("id-0000000a", "skipped", "F", "u", 1, Outcome.SKIPPED, List.of("@must"), "no bulk",
        null, 1));
    all.add(new ScenarioResult("idp-entra/rename", "Group rename", "IdP", "u", 0, Outcome.FAILED, List.of("@must"),
        "x", null, 1));
    all.add(new ScenarioResult("fuzz-patch", "fuzz patch", "Fuzz", "u", 0, Outcome.FAILED, List.of("@must"), "x", null,
        1));
    Badge b = badge(all);
    assertEquals("423/423", b.message());
    assertEquals("#4c1", b.colour());
    assertTrue(b.svg().contains("aria-label=\"SCIM MUST: 423/423\""), b.svg());
    assertTrue(b.svg().contains(">423/423</text>"), b.svg());
  }

  @Test
  void aFailedBlockedOrWaivedMustScenarioIsNotAPassAndLowersTheColour() {
    List<ScenarioResult> all = new ArrayList<>(scenarios(95, 4, "@must"));
    all.add(new ScenarioResult("id-0000000b", "b", "F", "u", 1, Outcome.BLOCKED, List.of("@must"), "set-up", null, 1));
    Badge b = badge(all);
    assertEquals("95/100", b.message());
    assertEquals("#97ca00", b.colour());
    assertEquals("#dfb317", badge(scenarios(80, 20, "@must")).colour());
    assertEquals("#fe7d37", badge(scenarios(50, 50, "@must")).colour());
    assertEquals("#e05d44", badge(scenarios(1, 9, "@must")).colour());
    List<ScenarioResult> waived = new ArrayList<>(scenarios(9, 0, "@must"));
    waived.add(new ScenarioResult("id-0000000c", "w", "F", "u", 1, Outcome.WAIVED, List.of("@must"), "waived: x",
        null, 1));
    assertEquals("9/10", badge(waived).message());
  }

  @Test
  void aRunWithoutAnyExecutedMustScenarioSaysSo() {
    Badge b = badge(scenarios(4, 0, "@should"));
    assertEquals("no result", b.message());
    assertEquals("#9f9f9f", b.colour());
  }
}
