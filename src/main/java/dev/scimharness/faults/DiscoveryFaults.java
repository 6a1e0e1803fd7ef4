package dev.scimharness.faults;

import dev.scimharness.scim.SchemaRegistry;
import dev.scimharness.server.DiscoveryHook;

/**
 * {@link Fault#SCHEMAS_MISSING_ENTERPRISE}: {@code /Schemas} leaves out the enterprise extension (RFC 7644 §4);
 * {@link Fault#DISCOVERY_FILTER_IGNORED}: a {@code filter} there is ignored instead of refused with 403.
 */
record DiscoveryFaults(Faults on) implements DiscoveryHook {
  @Override
  public boolean lists(String schemaId) {
    return !(schemaId.equals(SchemaRegistry.ENTERPRISE_USER) && on.has(Fault.SCHEMAS_MISSING_ENTERPRISE));
  }

  @Override
  public boolean refusesFilter() {
    return !on.has(Fault.DISCOVERY_FILTER_IGNORED);
  }
}
