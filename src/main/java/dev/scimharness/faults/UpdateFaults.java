package dev.scimharness.faults;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.scimharness.patch.MemberChanges;
import dev.scimharness.patch.PatchOperation;
import dev.scimharness.patch.PatchPath;
import dev.scimharness.patch.PatchRequest;
import dev.scimharness.scim.Json;
import dev.scimharness.scim.ScimException;
import dev.scimharness.scim.ScimType;
import dev.scimharness.server.ResourceKind;
import dev.scimharness.server.StoredResource;
import dev.scimharness.server.UpdateHook;

/**
 * The PUT and PATCH faults (RFC 7644 §3.5): {@link Fault#PUT_MERGES}, {@link Fault#PATCH_REPLACE_IGNORES_FILTER},
 * {@link Fault#PATCH_REMOVE_IGNORES_FILTER}, {@link Fault#PATCH_NOT_APPLIED},
 * {@link Fault#PATCH_MUTABILITY_NOT_ENFORCED} and {@link Fault#PATCH_RETURNS_STALE_RESOURCE}.
 */
record UpdateFaults(Faults on) implements UpdateHook {

  /** Every stored attribute the PUT body leaves out is kept. */
  @Override
  public void replacing(ObjectNode stored, ObjectNode replacement) {
    if (!on.has(Fault.PUT_MERGES)) {
      return;
    }
    stored.fields().forEachRemaining(f -> {
      if (Json.fieldName(replacement, f.getKey()) == null) {
        replacement.set(f.getKey(), f.getValue());
      }
    });
  }

  @Override
  public PatchRequest request(ResourceKind kind, PatchRequest parsed) {
    PatchRequest r = parsed;
    if (on.has(Fault.PATCH_REPLACE_IGNORES_FILTER)) {
      r = withoutReplaceFilters(r);
    }
    if (on.has(Fault.PATCH_REMOVE_IGNORES_FILTER) && kind == ResourceKind.GROUP
        && MemberChanges.recognise(r).isPresent()) {
      r = withoutRemoveFilters(r);
    }
    return r;
  }

  /**
   * Every {@code replace} loses its value filter, so {@code emails[type eq "work"].value} becomes
   * {@code emails.value} (every email) and {@code emails[…]} becomes {@code emails}.
   */
  private static PatchRequest withoutReplaceFilters(PatchRequest request) {
    return new PatchRequest(request.operations().stream().map(op -> {
      if (!(op instanceof PatchOperation.Replace r) || r.path() == null || !r.path().hasFilter()) {
        return op;
      }
      PatchPath p = r.path();
      PatchPath flat = PatchPath.of(p.subAttribute() == null ? p.attribute()
          : p.attribute().withSubAttribute(p.subAttribute()));
      return (PatchOperation) new PatchOperation.Replace(flat, r.value());
    }).toList());
  }

  /**
   * In a membership PATCH, {@code remove} of {@code members[value eq "…"]} loses its filter and so removes every
   * member, as Entra's member removal emptied the group; other requests keep their filters.
   */
  private static PatchRequest withoutRemoveFilters(PatchRequest request) {
    return new PatchRequest(request.operations().stream().map(op -> {
      if (!(op instanceof PatchOperation.Remove r) || !r.path().hasFilter()) {
        return op;
      }
      return (PatchOperation) new PatchOperation.Remove(PatchPath.of(r.path().attribute()));
    }).toList());
  }

  @Override
  public boolean applies() {
    return !on.has(Fault.PATCH_NOT_APPLIED);
  }

  @Override
  public boolean ignores(ScimException refusal) {
    return refusal.scimType() == ScimType.mutability && on.has(Fault.PATCH_MUTABILITY_NOT_ENFORCED);
  }

  @Override
  public StoredResource answer(StoredResource before, StoredResource after) {
    return on.has(Fault.PATCH_RETURNS_STALE_RESOURCE) ? before : after;
  }
}
