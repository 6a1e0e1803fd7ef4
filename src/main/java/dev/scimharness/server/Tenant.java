package dev.scimharness.server;

import java.util.Objects;

/** One isolated tenant: a name and its own store. Another tenant's ids are simply not in it. */
public final class Tenant {
  private final String name;
  private final ResourceStore store;

  Tenant(String name) {
    this(name, Faults.NONE);
  }

  Tenant(String name, Faults faults) {
    this.name = Objects.requireNonNull(name, "name");
    this.store = new ResourceStore(faults);
  }

  public String name() {
    return name;
  }

  public ResourceStore store() {
    return store;
  }
}
