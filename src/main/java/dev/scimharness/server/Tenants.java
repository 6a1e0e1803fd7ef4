package dev.scimharness.server;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/** The tenants of one server, created on first use. */
public final class Tenants {
  private final ConcurrentHashMap<String, Tenant> byName = new ConcurrentHashMap<>();
  private final Faults faults;

  public Tenants() {
    this(Faults.NONE);
  }

  Tenants(Faults faults) {
    this.faults = faults;
  }

  public Tenant get(String name) {
    return byName.computeIfAbsent(name, n -> new Tenant(n, faults));
  }

  public Set<String> names() {
    return Set.copyOf(byName.keySet());
  }
}
