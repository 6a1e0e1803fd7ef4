package dev.scimharness.simulator;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * The IdP's own view: the people and groups in its directory, which people are assigned to the SCIM app,
 * and the target ids it has linked them to.
 *
 * <p>Assignment follows the IdPs' documented behaviour that the seed's troubleshooting advice relies on: an
 * assignment made while provisioning is off is remembered but never pushed, and switching provisioning on
 * does not push it either; only removing and re-assigning the person queues the push.
 */
public final class IdpDirectory {
  private final Map<String, IdpUser> users = new LinkedHashMap<>();
  private final Map<String, IdpGroup> groups = new LinkedHashMap<>();
  private final Set<String> assigned = new LinkedHashSet<>();
  private final Set<String> queued = new LinkedHashSet<>();
  private final Map<String, String> userIds = new LinkedHashMap<>();
  private final Map<String, String> groupIds = new LinkedHashMap<>();
  private boolean provisioning;

  public synchronized IdpUser addUser(String userName, String givenName, String familyName) {
    String key = UUID.randomUUID().toString();
    IdpUser u = new IdpUser(key, userName, givenName, familyName, userName,
        String.valueOf(1000 + users.size()), true, null);
    users.put(key, u);
    return u;
  }

  public synchronized IdpGroup addGroup(String displayName) {
    IdpGroup g = new IdpGroup(UUID.randomUUID().toString(), displayName, List.of());
    groups.put(g.key(), g);
    return g;
  }

  public synchronized void enableProvisioning() {
    provisioning = true;
  }

  public synchronized void disableProvisioning() {
    provisioning = false;
  }

  public synchronized boolean provisioningEnabled() {
    return provisioning;
  }

  public synchronized void assign(String userKey) {
    user(userKey);
    if (assigned.add(userKey) && provisioning) {
      queued.add(userKey);
    }
  }

  public synchronized void unassign(String userKey) {
    assigned.remove(userKey);
    queued.remove(userKey);
  }

  public synchronized boolean isAssigned(String userKey) {
    return assigned.contains(userKey);
  }

  /** Assigned people the IdP will push at its next cycle: queued while provisioning was on, not yet linked. */
  public synchronized List<IdpUser> toPush() {
    List<IdpUser> out = new ArrayList<>();
    for (String k : queued) {
      if (!userIds.containsKey(k)) {
        out.add(users.get(k));
      }
    }
    return out;
  }

  public synchronized IdpUser user(String key) {
    IdpUser u = users.get(key);
    if (u == null) {
      throw new IllegalArgumentException("no user " + key + " in the IdP directory");
    }
    return u;
  }

  public synchronized Optional<IdpUser> userNamed(String userName) {
    return users.values().stream().filter(u -> u.userName().equalsIgnoreCase(userName)).findFirst();
  }

  public synchronized List<IdpUser> users() {
    return List.copyOf(users.values());
  }

  public synchronized void update(IdpUser u) {
    user(u.key());
    users.put(u.key(), u);
  }

  public synchronized IdpGroup group(String key) {
    IdpGroup g = groups.get(key);
    if (g == null) {
      throw new IllegalArgumentException("no group " + key + " in the IdP directory");
    }
    return g;
  }

  public synchronized List<IdpGroup> groups() {
    return List.copyOf(groups.values());
  }

  public synchronized void update(IdpGroup g) {
    group(g.key());
    groups.put(g.key(), g);
  }

  public synchronized void link(String userKey, String targetId) {
    userIds.put(userKey, targetId);
    queued.remove(userKey);
  }

  public synchronized void unlink(String userKey) {
    userIds.remove(userKey);
  }

  public synchronized Optional<String> targetId(String userKey) {
    return Optional.ofNullable(userIds.get(userKey));
  }

  public synchronized void linkGroup(String groupKey, String targetId) {
    groupIds.put(groupKey, targetId);
  }

  public synchronized Optional<String> groupTargetId(String groupKey) {
    return Optional.ofNullable(groupIds.get(groupKey));
  }
}
