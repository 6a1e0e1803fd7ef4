package dev.scimharness.faults;

import dev.scimharness.server.ServerHooks;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Set;

/** The set of {@link Fault}s switched on in one server. Immutable. */
public record Faults(Set<Fault> active) {
  public static final Faults NONE = new Faults(Set.of());

  public Faults {
    active = active.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(active));
  }

  public static Faults of(Fault... faults) {
    return new Faults(Set.of(faults));
  }

  public static Faults of(Collection<Fault> faults) {
    return new Faults(Set.copyOf(faults));
  }

  /** Parses a comma-separated list of fault names (the {@code scim.fault} property); blank means none. */
  public static Faults parse(String names) {
    if (names == null || names.isBlank()) {
      return NONE;
    }
    EnumSet<Fault> set = EnumSet.noneOf(Fault.class);
    for (String n : names.split(",")) {
      if (!n.isBlank()) {
        set.add(Fault.parse(n));
      }
    }
    return new Faults(set);
  }

  public boolean has(Fault fault) {
    return active.contains(fault);
  }

  /**
   * The server hooks that make these faults act; no faults gives {@link ServerHooks#NONE}. Equal sets give equal
   * hooks, so a configuration shows which faults it was built with.
   */
  public ServerHooks hooks() {
    if (active.isEmpty()) {
      return ServerHooks.NONE;
    }
    return new ServerHooks(new AuthFaults(this), new RouteFaults(this), new ErrorFaults(this), new ListFaults(this),
        new UpdateFaults(this), new RenderFaults(this), new VersionFaults(this), new UniquenessFaults(this),
        new BulkFaults(this), new DiscoveryFaults(this));
  }
}
