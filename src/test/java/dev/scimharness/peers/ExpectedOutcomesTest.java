package dev.scimharness.peers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.scimharness.report.Outcome;
import dev.scimharness.report.RunSummary;
import dev.scimharness.report.ScenarioResult;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExpectedOutcomesTest {
  private static final String F = "features/rfc7644/3.3-create.feature";

  @TempDir
  Path dir;

  @Test
  void aRunMatchingTheRecordHasNoDifferences() throws IOException {
    ExpectedOutcomes expected = read(F + "\tb\tfailed\tserver\tignores it (RFC 7644 §3.3)");
    assertEquals(List.of(), expected.differences(run(result("a", Outcome.PASSED), result("b", Outcome.FAILED))));
  }

  @Test
  void differencesAreReportedInBothDirections() throws IOException {
    ExpectedOutcomes expected = read(F + "\tb\tfailed\tserver\tignores it (RFC 7644 §3.3)",
        F + "\tgone\tskipped\tglue\tno longer exists");
    List<String> diff = expected.differences(run(result("a", Outcome.FAILED, "expected 201"), result("b", Outcome.PASSED)));
    assertEquals(List.of(
        "  " + F + " | a: expected passed, got failed — expected 201",
        "  " + F + " | b: expected failed (server), got passed",
        "  " + F + " | gone: recorded as skipped (glue), but no scenario of that name ran"), diff);
  }

  @Test
  void aRowMustBeClassifiedAndAServerRowCitesTheRfc() {
    assertThrows(IllegalArgumentException.class, () -> read(F + "\tb\tfailed\tlibrary\tsomething"));
    assertThrows(IllegalArgumentException.class, () -> read(F + "\tb\tfailed\tserver\tno citation"));
    assertThrows(IllegalArgumentException.class, () -> read(F + "\tb\tpassed\tglue\tpasses"));
    assertThrows(IllegalArgumentException.class, () -> read(F + "\tb\tfailed\tglue"));
  }

  @Test
  void theCommittedRecordForScimSdkIsWellFormed() {
    ExpectedOutcomes expected = ExpectedOutcomes.read(Path.of("src/test/resources/peers/scim-sdk.expected.tsv"));
    assertTrue(expected.rows().size() > 0);
  }

  private ExpectedOutcomes read(String... lines) throws IOException {
    Path file = dir.resolve("expected.tsv");
    Files.write(file, List.of(lines));
    return ExpectedOutcomes.read(file);
  }

  private static RunSummary run(ScenarioResult... results) {
    return new RunSummary("test", 0, List.of(results));
  }

  private static ScenarioResult result(String name, Outcome status) {
    return result(name, status, null);
  }

  private static ScenarioResult result(String name, Outcome status, String reason) {
    return new ScenarioResult(name, name, "Creating resources", F, 1, status, List.of("@must"), reason, null, 0);
  }
}
