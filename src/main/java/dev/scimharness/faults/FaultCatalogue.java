package dev.scimharness.faults;

import dev.scimharness.server.SeededFaults;
import dev.scimharness.server.ServerHooks;
import java.util.Arrays;
import java.util.List;

/** The seeded faults of this package, offered to the server's launchers by name (META-INF/services). */
public final class FaultCatalogue implements SeededFaults {
  @Override
  public List<String> names() {
    return Arrays.stream(Fault.values()).map(Fault::name).toList();
  }

  @Override
  public ServerHooks hooks(String names) {
    return Faults.parse(names).hooks();
  }
}
