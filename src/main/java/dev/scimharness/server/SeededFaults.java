package dev.scimharness.server;

import java.util.List;
import java.util.ServiceLoader;

/**
 * The named deviations a server can be started with (the harness's seeded faults), as the launchers see them:
 * names in, hooks out. The implementation lives outside the server and is found through META-INF/services, as
 * provider profiles are, so the server core knows only its hooks.
 */
public interface SeededFaults {
  /** Every fault name, in declaration order. */
  List<String> names();

  /**
   * The hooks that make the comma-separated {@code names} act; blank or {@code null} gives {@link ServerHooks#NONE}.
   *
   * @throws IllegalArgumentException for a name that is not a fault, listing the known ones
   */
  ServerHooks hooks(String names);

  /** The installed catalogue; one that knows no fault when none is on the class path. */
  static SeededFaults installed() {
    return ServiceLoader.load(SeededFaults.class).findFirst().orElse(NONE);
  }

  SeededFaults NONE = new SeededFaults() {
    @Override
    public List<String> names() {
      return List.of();
    }

    @Override
    public ServerHooks hooks(String names) {
      if (names != null && !names.isBlank()) {
        throw new IllegalArgumentException("unknown fault '" + names + "'; no seeded faults are installed");
      }
      return ServerHooks.NONE;
    }
  };
}
