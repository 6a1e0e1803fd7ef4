package dev.scimharness.fuzz;

import dev.scimharness.faults.Faults;
import dev.scimharness.scim.Leniency;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import net.jqwik.api.statistics.Statistics;

/**
 * Generated PATCH requests, valid and invalid, sent over HTTP to the embedded reference server in STRICT and in
 * LENIENT mode, each to a resource freshly created through the API, with the pure PATCH engine in the same mode as
 * the oracle ({@link PatchFuzzCheck} lists what is held). Fixed seeds keep {@code mvn test} reproducible; a failure
 * prints the seed and the shrunk payload, and the assertion message the exchange to replay by hand.
 */
class PatchFuzzAcceptanceProperties {
  static final int TRIES = 125;

  private static PatchFuzzTarget strict;
  private static PatchFuzzTarget lenient;

  @BeforeContainer
  static void startServers() {
    strict = PatchFuzzTarget.start(Leniency.STRICT, Faults.NONE);
    lenient = PatchFuzzTarget.start(Leniency.LENIENT, Faults.NONE);
  }

  @AfterContainer
  static void stopServers() {
    if (strict != null) {
      strict.close();
    }
    if (lenient != null) {
      lenient.close();
    }
  }

  @Provide
  Arbitrary<PatchFuzzCase> users() {
    return PatchFuzzCases.users();
  }

  @Provide
  Arbitrary<PatchFuzzCase> groups() {
    return PatchFuzzCases.groups();
  }

  @Property(tries = TRIES, seed = "3552001", edgeCases = EdgeCasesMode.NONE)
  void aStrictServerPatchesUsersAsTheEngineDoes(@ForAll("users") PatchFuzzCase c) {
    Statistics.collect(PatchFuzzCheck.check(strict, c));
  }

  @Property(tries = TRIES, seed = "3552002", edgeCases = EdgeCasesMode.NONE)
  void aLenientServerPatchesUsersAsTheEngineDoes(@ForAll("users") PatchFuzzCase c) {
    Statistics.collect(PatchFuzzCheck.check(lenient, c));
  }

  @Property(tries = TRIES, seed = "3552003", edgeCases = EdgeCasesMode.NONE)
  void aStrictServerPatchesGroupsAsTheEngineDoes(@ForAll("groups") PatchFuzzCase c) {
    Statistics.collect(PatchFuzzCheck.check(strict, c));
  }

  @Property(tries = TRIES, seed = "3552004", edgeCases = EdgeCasesMode.NONE)
  void aLenientServerPatchesGroupsAsTheEngineDoes(@ForAll("groups") PatchFuzzCase c) {
    Statistics.collect(PatchFuzzCheck.check(lenient, c));
  }
}
