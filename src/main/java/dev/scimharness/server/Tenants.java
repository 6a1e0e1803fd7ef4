package dev.scimharness.server;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/** The tenants of one server, created on first use. */
public final class Tenants {
  private final ConcurrentHashMap<String, Tenant> byName = new ConcurrentHashMap<>();
  private final UniquenessHook uniqueness;

  public Tenants() {
    this(ServerHooks.NONE.uniqueness());
  }

  Tenants(UniquenessHook uniqueness) {
    this.uniqueness = uniqueness;
  }

  public Tenant get(String name) {
    return byName.computeIfAbsent(name, n -> new Tenant(n, uniqueness));
  }

  public Set<String> names() {
    return Set.copyOf(byName.keySet());
  }
}
