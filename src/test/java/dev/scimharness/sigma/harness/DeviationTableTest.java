package dev.scimharness.sigma.harness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.scimharness.sigma.harness.DeviationTable.Scenario;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class DeviationTableTest {
  private static final String MD = """
      # Deviations

      | cause | the guide says | breaks |
      |---|---|---|
      | username | "Changing a user's username creates a new account" | RFC 7644 §3.5.1 |

      Some text.

      | feature | scenario | cause |
      |---|---|---|
      | features/rfc7644/3.5.1-replace.feature | A PUT may change the userName | username |
      | features/rfc7644/f.feature | userName eq "${a\\|upper}" selects a | username |
      """;

  private final DeviationTable table = DeviationTable.parse(MD);

  @Test
  void bothTablesAreReadWithEscapedPipes() {
    assertEquals(Map.of("username", "\"Changing a user's username creates a new account\""), table.causes());
    assertEquals(Set.of(new Scenario("features/rfc7644/3.5.1-replace.feature", "A PUT may change the userName"),
        new Scenario("features/rfc7644/f.feature", "userName eq \"${a|upper}\" selects a")), table.scenarios().keySet());
  }

  @Test
  void exactWhenTheObservedFailuresAreTheListedOnes() {
    assertTrue(table.check(table.scenarios().keySet()).exact());
  }

  @Test
  void anUnlistedFailureAndAListedScenarioThatPassesAreBothReported() {
    Scenario extra = new Scenario("features/rfc7644/x.feature", "Something else");
    DeviationTable.Check c = table.check(Set.of(extra,
        new Scenario("features/rfc7644/3.5.1-replace.feature", "A PUT may change the userName")));

    assertFalse(c.exact());
    assertEquals(List.of(extra), c.unexplained());
    assertEquals(List.of(new Scenario("features/rfc7644/f.feature", "userName eq \"${a|upper}\" selects a")),
        c.noLongerFailing());
  }

  @Test
  void aScenarioWhoseCauseIsNotExplainedIsReported() {
    DeviationTable t = DeviationTable.parse(MD.replace("| A PUT may change the userName | username |",
        "| A PUT may change the userName | mystery |"));

    assertEquals(List.of("mystery"), t.check(t.scenarios().keySet()).unknownCauses());
  }

  @Test
  void rowsForObservedScenariosKeepKnownCausesAndEscapePipes() {
    String rows = table.scenarioRows(Set.of(new Scenario("features/rfc7644/f.feature", "a|b"),
        new Scenario("features/rfc7644/3.5.1-replace.feature", "A PUT may change the userName")));

    assertTrue(rows.contains("| features/rfc7644/3.5.1-replace.feature | A PUT may change the userName | username |"));
    assertTrue(rows.contains("| features/rfc7644/f.feature | a\\|b | ? |"));
  }
}
