package dev.scimharness.report;

import dev.scimharness.endpoint.ConfigException;
import dev.scimharness.endpoint.HarnessConfig;
import dev.scimharness.endpoint.Setting;
import dev.scimharness.endpoint.Target;
import dev.scimharness.fuzz.FuzzFiles;
import java.nio.file.Path;

/**
 * The first step of the conformance build: reads the configuration and stops the build with a one-line
 * message (no stack trace) when a setting cannot be used, before any scenario runs.
 */
public final class ConfigCheck {
  private ConfigCheck() {}

  public static void main(String[] args) {
    try {
      HarnessConfig config = HarnessConfig.fromSystem();
      Gate.fromSystem();
      HarnessConfig.setting(Setting.THREADS).filter(t -> !t.trim().matches("[1-9][0-9]?")).ifPresent(t -> {
        throw new ConfigException(Setting.THREADS.describe() + " must be a whole number from 1 to 99, got '" + t + "'.");
      });
      dev.scimharness.record.RecordReplay.check(config);
      if (config.isEmbedded() && HarnessConfig.setting(Setting.REPLAY).isEmpty()) {
        Target.checkEmbedded(config);
      }
      System.out.println("[conformance] target: " + HarnessConfig.setting(Setting.REPLAY)
          .map(d -> "a replay of the recording in " + d).orElse(config.describe()));
      ReportsDirectory.prepare(Path.of("reports"));
      FuzzFiles.prepare(Path.of("reports"));
    } catch (IllegalArgumentException e) {
      System.err.println("[conformance] configuration error: " + e.getMessage());
      System.exit(ExitCode.USAGE_ERROR.code());
    } catch (ConfigException e) {
      System.err.println("[conformance] configuration error: " + e.getMessage());
      System.err.println("[conformance] settings (system property / environment variable):");
      for (Setting s : Setting.values()) {
        System.err.println("  " + s.describe() + " — " + s.help());
      }
      System.exit(ExitCode.USAGE_ERROR.code());
    }
  }
}
