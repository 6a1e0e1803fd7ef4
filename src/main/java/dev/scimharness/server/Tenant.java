package dev.scimharness.server;

import java.util.Objects;

/** One isolated tenant: a name and its own store. Another tenant's ids are simply not in it. */
public final class Tenant {
  private final String name;
  private final ResourceStore store;

  Tenant(String name) {
    this(name, ServerHooks.NONE.uniqueness());
  }

  Tenant(String name, UniquenessHook uniqueness) {
    this.name = Objects.requireNonNull(name, "name");
    this.store = new ResourceStore(uniqueness);
  }

  public String name() {
    return name;
  }

  public ResourceStore store() {
    return store;
  }
}
