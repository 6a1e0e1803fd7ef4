package dev.scimharness.report;

import dev.scimharness.fuzz.FuzzJson;
import dev.scimharness.fuzz.FuzzOptions;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The fuzz's part of the verdict, when the run was asked to fuzz ({@code -Dscim.fuzz}): a fuzz finding breaks a
 * rule every conformant server holds, so it fails the build like a MUST failure; a fuzz that could not run leaves
 * the verdict inconclusive. A summary that holds the fuzz's kinds as results ({@code fuzz-<kind>}) was judged with
 * them, waivers included, so only a missing report is left to decide here. Without the option the verdict is the
 * suite's alone.
 */
final class FuzzVerdict {
  private FuzzVerdict() {}

  static ExitCode apply(ExitCode suite, Path reports, RunSummary run) {
    if (FuzzOptions.fromSystem().isEmpty() || suite == ExitCode.PREFLIGHT_FAILED) {
      return suite;
    }
    Path file = reports.resolve("fuzz.json");
    if (!Files.isRegularFile(file)) {
      System.out.println("[conformance] fuzz: no " + file + ": the fuzz did not run to its end");
      return suite == ExitCode.PASS ? ExitCode.INCONCLUSIVE : suite;
    }
    FuzzJson.Outcome fuzz = FuzzJson.read(file);
    if (run.scenarios().stream().anyMatch(ResultIds::isFuzz)) {
      // The fuzz's kinds are results of the run (fuzz-<kind>), so the verdict has judged them, waivers applied.
      System.out.println("[conformance] fuzz: " + (fuzz.findings() > 0 ? fuzz.findings() + " failing tries (see "
          + reports.resolve("fuzz.md") + ")" : fuzz.notRun() != null ? "did not run: " + fuzz.notRun() : "no finding"));
      return suite;
    }
    if (fuzz.findings() > 0) {
      System.out.println("[conformance] fuzz: " + fuzz.findings() + " failing tries (see " + reports.resolve("fuzz.md")
          + ")");
      return suite == ExitCode.USAGE_ERROR ? suite : ExitCode.MUST_FAILURES;
    }
    if (fuzz.notRun() != null) {
      System.out.println("[conformance] fuzz did not run: " + fuzz.notRun());
      return suite == ExitCode.PASS ? ExitCode.INCONCLUSIVE : suite;
    }
    System.out.println("[conformance] fuzz: no finding");
    return suite;
  }
}
