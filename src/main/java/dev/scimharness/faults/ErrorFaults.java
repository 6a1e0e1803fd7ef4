package dev.scimharness.faults;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.scimharness.scim.ScimException;
import dev.scimharness.server.ErrorHook;

/**
 * The error-response faults (RFC 7644 §3.12, RFC 6750 §3): {@link Fault#ERROR_WITHOUT_SCHEMA},
 * {@link Fault#ERROR_STATUS_NUMERIC} and {@link Fault#WWW_AUTHENTICATE_MISSING}.
 */
record ErrorFaults(Faults on) implements ErrorHook {
  @Override
  public void body(ScimException error, ObjectNode body) {
    if (on.has(Fault.ERROR_WITHOUT_SCHEMA)) {
      body.remove("schemas");
    }
    if (on.has(Fault.ERROR_STATUS_NUMERIC)) {
      body.put("status", error.status());
    }
  }

  @Override
  public boolean challenges() {
    return !on.has(Fault.WWW_AUTHENTICATE_MISSING);
  }
}
