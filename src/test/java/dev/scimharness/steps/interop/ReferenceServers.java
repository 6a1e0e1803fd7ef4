package dev.scimharness.steps.interop;

import dev.scimharness.scim.Leniency;
import dev.scimharness.simulator.ReferenceTarget;
import io.cucumber.java.AfterAll;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;

/** One embedded reference server per leniency for the whole interop run; each scenario uses its own names. */
public final class ReferenceServers {
  private static final Map<Leniency, ReferenceTarget> SERVERS = new EnumMap<>(Leniency.class);
  private static final Map<String, ReferenceTarget> PROFILES = new HashMap<>();

  public static synchronized ReferenceTarget in(Leniency mode) {
    return SERVERS.computeIfAbsent(mode, ReferenceTarget::start);
  }

  public static synchronized ReferenceTarget withProfile(String profile) {
    return PROFILES.computeIfAbsent(profile, ReferenceTarget::startProfile);
  }

  @AfterAll
  public static synchronized void stopAll() {
    SERVERS.values().forEach(ReferenceTarget::close);
    SERVERS.clear();
    PROFILES.values().forEach(ReferenceTarget::close);
    PROFILES.clear();
  }
}
