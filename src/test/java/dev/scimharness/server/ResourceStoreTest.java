package dev.scimharness.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.scimharness.scim.Json;
import dev.scimharness.scim.ScimException;
import dev.scimharness.scim.ScimType;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ResourceStoreTest {
  private final ResourceStore store = new ResourceStore();

  private StoredResource user(String userName, String externalId) {
    ObjectNode u = Json.object();
    u.put("userName", userName);
    if (externalId != null) {
      u.put("externalId", externalId);
    }
    return store.create(ResourceKind.USER, Draft.of(ResourceKind.USER, u), MembershipChange.NONE);
  }

  private StoredResource group(String displayName, String... members) {
    ObjectNode g = Json.object();
    g.put("displayName", displayName);
    Map<String, String> m = new java.util.LinkedHashMap<>();
    for (String id : members) {
      m.put(id, "");
    }
    return store.create(ResourceKind.GROUP, Draft.of(ResourceKind.GROUP, g), MembershipChange.adding(m));
  }

  @Test
  void userNameIndexIgnoresCaseAndFollowsRenames() {
    StoredResource u = user("Alice", null);
    assertEquals(u.id(), store.byUserName("ALICE").orElseThrow().id());
    ObjectNode renamed = Json.object().put("userName", "alice2");
    store.update(ResourceKind.USER, u.id(), cur -> new ResourceStore.Change(Draft.of(ResourceKind.USER, renamed), null));
    assertTrue(store.byUserName("alice").isEmpty());
    assertEquals(u.id(), store.byUserName("Alice2").orElseThrow().id());
  }

  @Test
  void aTakenUserNameIsUniquenessAndLeavesNoTrace() {
    user("bob", null);
    ScimException e = assertThrows(ScimException.class, () -> user("BOB", null));
    assertEquals(ScimType.uniqueness, e.scimType());
    assertEquals(1, store.count(ResourceKind.USER));
  }

  @Test
  void externalIdIsCaseExactAndMayBeShared() {
    StoredResource a = user("a", "X1");
    StoredResource b = user("b", "X1");
    assertEquals(Set.of(a.id(), b.id()), Set.copyOf(store.byExternalId(ResourceKind.USER, "X1").stream()
        .map(StoredResource::id).toList()));
    assertTrue(store.byExternalId(ResourceKind.USER, "x1").isEmpty());
    assertTrue(store.byExternalId(ResourceKind.GROUP, "X1").isEmpty());
  }

  @Test
  void membershipIsIndexedBothWaysAndDeletesCleanUp() {
    StoredResource u = user("m", null);
    StoredResource g = group("G", u.id());
    assertEquals(Set.of(g.id()), store.groupsOf(u.id()));
    store.delete(ResourceKind.USER, u.id(), cur -> {});
    assertEquals(0, store.memberCount(g.id()));
    assertTrue(store.groupsOf(u.id()).isEmpty());
  }

  @Test
  void aChangeThatChangesNothingKeepsTheVersion() {
    StoredResource g = group("Same");
    StoredResource after = store.update(ResourceKind.GROUP, g.id(), cur -> ResourceStore.Change.NONE);
    assertSame(g, after);
    StoredResource u = user("v", null);
    StoredResource added = store.update(ResourceKind.GROUP, g.id(),
        cur -> new ResourceStore.Change(null, MembershipChange.adding(Map.of(u.id(), ""))));
    assertTrue(added.version() > g.version());
    StoredResource again = store.update(ResourceKind.GROUP, g.id(),
        cur -> new ResourceStore.Change(null, MembershipChange.adding(Map.of(u.id(), ""))));
    assertEquals(added.version(), again.version());
  }

  @Test
  void listingFollowsCreationOrder() {
    List<String> ids = List.of(user("1", null).id(), user("2", null).id(), user("3", null).id());
    List<String> listed = new java.util.ArrayList<>();
    store.all(ResourceKind.USER).forEach(r -> listed.add(r.id()));
    assertEquals(ids, listed);
    assertFalse(store.all(ResourceKind.GROUP).iterator().hasNext());
  }

  @Test
  void aGroupCannotContainItselfOrAStranger() {
    StoredResource g = group("Self");
    ScimException self = assertThrows(ScimException.class, () -> store.update(ResourceKind.GROUP, g.id(),
        cur -> new ResourceStore.Change(null, MembershipChange.adding(Map.of(g.id(), "")))));
    assertEquals(ScimType.invalidValue, self.scimType());
    assertThrows(ScimException.class, () -> group("Strangers", "nobody"));
  }
}
