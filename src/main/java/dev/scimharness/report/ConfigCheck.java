package dev.scimharness.report;

import dev.scimharness.endpoint.ConfigException;
import dev.scimharness.endpoint.HarnessConfig;
import dev.scimharness.endpoint.Setting;
import dev.scimharness.endpoint.Target;
import dev.scimharness.fuzz.FuzzFiles;
import dev.scimharness.simulator.DialectLoader;
import dev.scimharness.simulator.IdpSelection;
import java.nio.file.Path;

/**
 * The first step of the conformance build: reads the configuration and stops the build with a one-line
 * message (no stack trace) when a setting cannot be used, before any scenario runs.
 */
public final class ConfigCheck {
  private ConfigCheck() {}

  public static void main(String[] args) {
    ExitCode code = check(Path.of("reports"));
    if (code != ExitCode.PASS) {
      System.exit(code.code());
    }
  }

  /**
   * Checks this JVM's settings and prepares {@code reports}; {@link ExitCode#USAGE_ERROR} after a one-line
   * message when a setting cannot be used. Shared by the main job and the jar's {@code test} command.
   */
  public static ExitCode check(Path reports) {
    try {
      HarnessConfig config = HarnessConfig.fromSystem();
      Gate.fromSystem();
      IdpSelection.fromSystem(DialectLoader.standard());
      HarnessConfig.setting(Setting.THREADS).filter(t -> !t.trim().matches("[1-9][0-9]?")).ifPresent(t -> {
        throw new ConfigException(Setting.THREADS.describe() + " must be a whole number from 1 to 99, got '" + t + "'.");
      });
      dev.scimharness.record.RecordReplay.check(config);
      if (config.isEmbedded() && HarnessConfig.setting(Setting.REPLAY).isEmpty()) {
        Target.checkEmbedded(config);
      }
      System.out.println("[conformance] target: " + HarnessConfig.setting(Setting.REPLAY)
          .map(d -> "a replay of the recording in " + d).orElse(config.describe()));
      ReportsDirectory.prepare(reports);
      FuzzFiles.prepare(reports);
      return ExitCode.PASS;
    } catch (IllegalArgumentException e) {
      System.err.println("[conformance] configuration error: " + e.getMessage());
      return ExitCode.USAGE_ERROR;
    } catch (ConfigException e) {
      System.err.println("[conformance] configuration error: " + e.getMessage());
      System.err.println("[conformance] settings (system property / environment variable):");
      for (Setting s : Setting.values()) {
        System.err.println("  " + s.describe() + " — " + s.help());
      }
      return ExitCode.USAGE_ERROR;
    }
  }
}
