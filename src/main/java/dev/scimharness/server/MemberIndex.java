package dev.scimharness.server;

import java.util.Collections;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Group membership indexed both ways: group id → (member id → display) and member id → group ids. Adding or
 * removing one member touches two hash entries, whatever the size of the group: no list is copied or scanned.
 * Writers of one group are serialised by the store's lock for that group; readers see a weakly consistent view.
 */
final class MemberIndex {
  private final ConcurrentHashMap<String, ConcurrentHashMap<String, String>> membersOf = new ConcurrentHashMap<>();
  private final ConcurrentHashMap<String, Set<String>> groupsOf = new ConcurrentHashMap<>();

  /** The members of a group with the display each was added with ({@code ""} when none); a live read-only view. */
  Map<String, String> members(String groupId) {
    Map<String, String> m = membersOf.get(groupId);
    return m == null ? Map.of() : Collections.unmodifiableMap(m);
  }

  boolean isMember(String groupId, String memberId) {
    Map<String, String> m = membersOf.get(groupId);
    return m != null && m.containsKey(memberId);
  }

  int size(String groupId) {
    Map<String, String> m = membersOf.get(groupId);
    return m == null ? 0 : m.size();
  }

  /** The groups a user or group is a direct member of; a live read-only view. */
  Set<String> groupsOf(String memberId) {
    Set<String> g = groupsOf.get(memberId);
    return g == null ? Set.of() : Collections.unmodifiableSet(g);
  }

  /** Adds or re-labels a member; true when it was not a member before. */
  boolean add(String groupId, String memberId, String display) {
    String previous = membersOf.computeIfAbsent(groupId, k -> new ConcurrentHashMap<>())
        .put(memberId, display == null ? "" : display);
    groupsOf.computeIfAbsent(memberId, k -> ConcurrentHashMap.newKeySet()).add(groupId);
    return previous == null;
  }

  /** Removes a member; true when it was one. */
  boolean remove(String groupId, String memberId) {
    Map<String, String> m = membersOf.get(groupId);
    boolean removed = m != null && m.remove(memberId) != null;
    groupsOf.computeIfPresent(memberId, (k, set) -> {
      set.remove(groupId);
      return set.isEmpty() ? null : set;
    });
    return removed;
  }

  /** Forgets a deleted group's own member list; returns the ids that were in it. */
  Set<String> dropGroup(String groupId) {
    Map<String, String> m = membersOf.remove(groupId);
    if (m == null) {
      return Set.of();
    }
    for (String member : m.keySet()) {
      groupsOf.computeIfPresent(member, (k, set) -> {
        set.remove(groupId);
        return set.isEmpty() ? null : set;
      });
    }
    return m.keySet();
  }
}
