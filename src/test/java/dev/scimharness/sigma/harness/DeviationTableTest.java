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

      | cause | the guide says | breaks | signature |
      |---|---|---|---|
      | username | "Changing a user's username creates a new account" | RFC 7644 §3.5.1 | |
      | account-type | "respects the account type" | RFC 7643 §4.1.1 | is not an account type |

      Some text.

      | feature | scenario | cause |
      |---|---|---|
      | features/rfc7644/3.5.1-replace.feature | A PUT may change the userName | username |
      | features/rfc7644/f.feature | userName eq "${a\\|upper}" selects a | username |
      """;

  private final DeviationTable table = DeviationTable.parse(MD);

  @Test
  void bothTablesAreReadWithEscapedPipes() {
    assertEquals(Map.of("username", "\"Changing a user's username creates a new account\"",
        "account-type", "\"respects the account type\""), table.causes());
    assertEquals(Map.of("account-type", "is not an account type"), table.signatures());
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
  void rowsForObservedScenariosKeepKnownCausesSuggestNewOnesAndEscapePipes() {
    String rows = table.scenarioRows(Map.of(new Scenario("features/rfc7644/f.feature", "a|b"), "expected 201",
        new Scenario("features/rfc7644/g.feature", "g"), "400: userType 'X' is not an account type of this org",
        new Scenario("features/rfc7644/3.5.1-replace.feature", "A PUT may change the userName"), "expected 200"));

    assertTrue(rows.contains("| features/rfc7644/3.5.1-replace.feature | A PUT may change the userName | username |"));
    assertTrue(rows.contains("| features/rfc7644/f.feature | a\\|b | ? |"));
    assertTrue(rows.contains("| features/rfc7644/g.feature | g | account-type |"));
  }

  @Test
  void namesAreComparedWithoutSurroundingBlanks() {
    assertEquals(new Scenario("f", "selects"), new Scenario(" f", "selects "));
  }
}
