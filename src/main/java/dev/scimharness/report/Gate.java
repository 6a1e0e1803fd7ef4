package dev.scimharness.report;

import dev.scimharness.endpoint.ConfigException;
import dev.scimharness.endpoint.HarnessConfig;
import dev.scimharness.endpoint.Setting;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;

/**
 * What a pipeline holds a run against: the committed baseline ({@code scim.baseline}), which
 * {@code scim.baseline.update=true} rewrites from this run instead of comparing, and the waivers
 * ({@code scim.waivers}). Baselines and waivers name scenarios by their stable ids.
 */
public record Gate(Optional<Path> baselineFile, boolean updateBaseline, Waivers waivers) {
  public static final Gate NONE = new Gate(Optional.empty(), false, Waivers.NONE);

  /** The settings of this JVM; a setting it cannot use is a {@link ConfigException}. */
  public static Gate fromSystem() {
    Optional<Path> baseline = HarnessConfig.setting(Setting.BASELINE).map(Path::of);
    boolean update = HarnessConfig.flag(Setting.BASELINE_UPDATE);
    if (update && baseline.isEmpty()) {
      throw new ConfigException(Setting.BASELINE_UPDATE.describe() + " writes the baseline to the file "
          + Setting.BASELINE.describe() + " names; set that too.");
    }
    if (!update) {
      baseline.filter(p -> !Files.isRegularFile(p)).ifPresent(p -> {
        throw new ConfigException(Setting.BASELINE.describe() + " names " + p + ", which is not a file"
            + " (write one with " + Setting.BASELINE_UPDATE.property() + "=true).");
      });
    }
    Optional<Path> waiverFile = HarnessConfig.setting(Setting.WAIVERS).map(Path::of);
    waiverFile.filter(p -> !Files.isRegularFile(p)).ifPresent(p -> {
      throw new ConfigException(Setting.WAIVERS.describe() + " names " + p + ", which is not a file.");
    });
    return new Gate(baseline, update, waiverFile.map(Waivers::load).orElse(Waivers.NONE));
  }

  /** The run with its waivers applied. */
  public RunSummary apply(RunSummary run, LocalDate today) {
    return waivers.apply(run, today);
  }

  /** The verdict on a run whose waivers are applied; while the baseline is being rewritten it is not compared. */
  public Verdict verdict(RunSummary applied, LocalDate today) {
    Optional<Baseline> baseline = updateBaseline ? Optional.empty()
        : baselineFile.map(p -> Baseline.of(SummaryJson.read(p)));
    return Verdict.of(applied, baseline, waivers.problems(applied, today));
  }
}
