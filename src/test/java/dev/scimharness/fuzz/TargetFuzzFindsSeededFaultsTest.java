package dev.scimharness.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.scimharness.faults.Fault;
import dev.scimharness.faults.Faults;
import dev.scimharness.scim.Leniency;
import java.util.EnumSet;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Against a server with one seeded PATCH, filter, membership or versioning fault, the fuzz finds the fault, names
 * the rule it breaks, and shrinks the first failure to at most 3 requests beyond its set-up, written as a script
 * that names the token only as a variable.
 */
class TargetFuzzFindsSeededFaultsTest {
  static final int TRIES = 300;

  static Stream<Arguments> faults() {
    return Stream.of(
        Arguments.of(Fault.PATCH_NOT_APPLIED, FuzzKind.PATCH, Rule.RFC_RESULT),
        Arguments.of(Fault.PATCH_REPLACE_IGNORES_FILTER, FuzzKind.PATCH, Rule.RFC_RESULT),
        Arguments.of(Fault.PATCH_REMOVE_IGNORES_FILTER, FuzzKind.PATCH, Rule.RFC_RESULT),
        Arguments.of(Fault.PATCH_REMOVE_IGNORES_FILTER, FuzzKind.LIFECYCLE, Rule.LIFECYCLE_MODEL),
        Arguments.of(Fault.PATCH_RETURNS_STALE_RESOURCE, FuzzKind.PATCH, Rule.RESPONSE_NOT_READ_BACK),
        Arguments.of(Fault.PATCH_MUTABILITY_NOT_ENFORCED, FuzzKind.PATCH, Rule.RFC_RESULT),
        Arguments.of(Fault.ETAG_UNCHANGED, FuzzKind.PATCH, Rule.META_DID_NOT_MOVE),
        Arguments.of(Fault.FILTER_AND_KEEPS_FIRST_CLAUSE, FuzzKind.FILTER, Rule.FILTER_RESULT),
        Arguments.of(Fault.USERNAME_EQ_CASE_SENSITIVE, FuzzKind.FILTER, Rule.FILTER_RESULT),
        Arguments.of(Fault.EMPTY_FILTER_RESULT_404, FuzzKind.FILTER, Rule.FILTER_REFUSAL),
        Arguments.of(Fault.BAD_FILTER_500, FuzzKind.FILTER, Rule.SERVER_ERROR));
  }

  @ParameterizedTest
  @MethodSource("faults")
  void findsAndShrinksTheFault(Fault fault, FuzzKind kind, Rule rule) {
    FuzzReport report = FuzzServers.fuzz(Leniency.LENIENT, Faults.of(fault), EnumSet.of(kind),
        kind == FuzzKind.LIFECYCLE ? 5 * TRIES / 3 : TRIES, 7644,
        Optional.empty(), null);
    String details = FuzzMarkdown.render(report);
    KindResult k = report.kinds().get(0);
    assertTrue(k.failed() > 0, fault + " went unnoticed:\n" + details);
    Counterexample c = k.counterexample();
    assertNotNull(c, details);
    assertEquals(rule, c.violations().get(0).rule(), details);
    assertTrue(c.requestsBeyondSetUp() <= 3, details);
    assertTrue(c.script().contains("Bearer $SCIM_TOKEN"), c.script());
    assertFalse(c.script().contains("Bearer ey") || c.script().contains("Bearer " + "h"), c.script());
    System.out.println(fault + ": " + c.violations().get(0) + "\n" + c.script());
  }
}
