package dev.scimharness.conformance;

import dev.scimharness.endpoint.HarnessConfig;
import dev.scimharness.record.ScenarioKey;
import java.security.SecureRandom;

/**
 * Unique names for one scenario's resources. A target may already hold data, so every name a scenario uses
 * carries its run id, and every list check is scoped with it ({@code userName sw "${run}"}). A run id starts with
 * the name prefix of the whole run ({@link TargetSession#namePrefix()}), by which the sweep finds what is left.
 */
public final class RunNames {
  private static final SecureRandom RANDOM = new SecureRandom();
  private static final String ALPHABET = "abcdefghijklmnopqrstuvwxyz0123456789";

  private RunNames() {}

  /**
   * The run id of the scenario under way ({@link ScenarioKey}): lower case letters and digits, starting with a
   * letter, 10 characters, drawn from the run's seed, so that a replay of a recording sends what was recorded.
   * Outside a scenario, a fresh random one.
   */
  public static String newRun() {
    TargetSession session = Targets.shared(HarnessConfig.fromSystem());
    String scenario = ScenarioKey.current();
    return scenario == null ? newRun(session.namePrefix()) : session.seed().runId(scenario);
  }

  /** A fresh run id: {@code prefix} followed by random lower case letters and digits, 10 characters in all. */
  public static String newRun(String prefix) {
    StringBuilder sb = new StringBuilder(prefix);
    while (sb.length() < 10) {
      sb.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
    }
    return sb.toString();
  }

  public static String userName(String run, String alias) {
    return run + "." + alias;
  }

  public static String groupName(String run, String alias) {
    return run + " " + alias;
  }
}
