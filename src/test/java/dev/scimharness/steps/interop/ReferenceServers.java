package dev.scimharness.steps.interop;

import dev.scimharness.scim.Leniency;
import dev.scimharness.simulator.ReferenceTarget;
import io.cucumber.java.AfterAll;
import java.util.EnumMap;
import java.util.Map;

/** One embedded reference server per leniency for the whole interop run; each scenario uses its own names. */
public final class ReferenceServers {
  private static final Map<Leniency, ReferenceTarget> SERVERS = new EnumMap<>(Leniency.class);

  public static synchronized ReferenceTarget in(Leniency mode) {
    return SERVERS.computeIfAbsent(mode, ReferenceTarget::start);
  }

  @AfterAll
  public static synchronized void stopAll() {
    SERVERS.values().forEach(ReferenceTarget::close);
    SERVERS.clear();
  }
}
