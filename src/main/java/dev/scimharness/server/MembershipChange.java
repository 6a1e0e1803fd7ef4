package dev.scimharness.server;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * A change to one group's members, as member ids: the ones to add (with the {@code display} the client sent, or
 * {@code ""}) and the ones to remove. Every way a membership changes (POST, PUT, PATCH, bulk) is reduced to this,
 * so the index is touched only for the members that move and a profile sees one shape.
 */
public record MembershipChange(Map<String, String> add, Set<String> remove) {
  public static final MembershipChange NONE = new MembershipChange(Map.of(), Set.of());

  public MembershipChange {
    add = Map.copyOf(new LinkedHashMap<>(add));
    remove = Set.copyOf(remove);
  }

  public static MembershipChange adding(Map<String, String> add) {
    return new MembershipChange(add, Set.of());
  }

  public static MembershipChange removing(Set<String> remove) {
    return new MembershipChange(Map.of(), remove);
  }

  public boolean isEmpty() {
    return add.isEmpty() && remove.isEmpty();
  }
}
