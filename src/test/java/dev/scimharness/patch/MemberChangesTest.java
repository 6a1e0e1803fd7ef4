package dev.scimharness.patch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.scimharness.lint.LintFinding;
import dev.scimharness.scim.Json;
import dev.scimharness.scim.Leniency;
import dev.scimharness.scim.MessageUrns;
import dev.scimharness.scim.ScimException;
import dev.scimharness.scim.ScimType;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class MemberChangesTest {
  private static PatchRequest parse(String operations) {
    return PatchParser.parse(Json.parse("{\"schemas\":[\"" + MessageUrns.PATCH_OP + "\"],\"Operations\":["
        + operations + "]}"), Leniency.LENIENT, new ArrayList<>());
  }

  private static List<MemberChanges.Op> ops(String operations) {
    return MemberChanges.recognise(parse(operations)).orElseThrow();
  }

  @Test
  void recognisesTheMembershipShapesIdpsSend() {
    assertEquals(List.of(new MemberChanges.Add(Map.of("u1", "One"))),
        ops("{\"op\":\"add\",\"path\":\"members\",\"value\":[{\"value\":\"u1\",\"display\":\"One\"}]}"));
    assertEquals(List.of(new MemberChanges.Remove(Set.of("u\"2"), true)),
        ops("{\"op\":\"remove\",\"path\":\"members[value eq \\\"u\\\\\\\"2\\\"]\"}"));
    assertEquals(List.of(new MemberChanges.Remove(Set.of("u3"), false)),
        ops("{\"op\":\"Remove\",\"path\":\"members\",\"value\":[{\"value\":\"u3\"}]}"));
    assertEquals(List.of(new MemberChanges.RemoveAll()),
        ops("{\"op\":\"remove\",\"path\":\"urn:ietf:params:scim:schemas:core:2.0:Group:members\"}"));
    assertEquals(List.of(new MemberChanges.ReplaceAll(Map.of("u4", ""))),
        ops("{\"op\":\"replace\",\"path\":\"members\",\"value\":[{\"value\":\"u4\"}]}"));
  }

  @Test
  void leavesEverythingElseToTheEngine() {
    for (String op : List.of(
        "{\"op\":\"replace\",\"path\":\"displayName\",\"value\":\"x\"}",
        "{\"op\":\"remove\",\"path\":\"members[display eq \\\"x\\\"]\"}",
        "{\"op\":\"remove\",\"path\":\"members[value eq \\\"x\\\"].display\"}",
        "{\"op\":\"add\",\"path\":\"members\",\"value\":[{\"value\":\"u1\"},{\"value\":\"u1\"}]}",
        "{\"op\":\"add\",\"value\":{\"members\":[{\"value\":\"u1\"}]}}")) {
      assertTrue(MemberChanges.recognise(parse(op)).isEmpty(), op);
    }
  }

  @Test
  void aRenameDoesNotTouchMembersButAPathlessMembersValueDoes() {
    assertFalse(MemberChanges.touchesMembers(parse("{\"op\":\"replace\",\"value\":{\"displayName\":\"x\"}}")));
    assertTrue(MemberChanges.touchesMembers(parse("{\"op\":\"add\",\"value\":{\"members\":[{\"value\":\"u\"}]}}")));
    assertTrue(MemberChanges.touchesMembers(parse("{\"op\":\"remove\",\"path\":\"members[value eq \\\"u\\\"]\"}")));
  }

  @Test
  void theNetChangeFollowsTheEngine() {
    Map<String, String> current = Map.of("a", "", "b", "Bee");
    List<LintFinding> findings = new ArrayList<>();
    MemberChanges.Delta d = MemberChanges.net(ops(
        "{\"op\":\"add\",\"path\":\"members\",\"value\":[{\"value\":\"a\",\"display\":\"A\"},{\"value\":\"c\"}]},"
            + "{\"op\":\"remove\",\"path\":\"members[value eq \\\"b\\\"]\"},"
            + "{\"op\":\"remove\",\"path\":\"members[value eq \\\"zz\\\"]\"}"),
        current, Leniency.LENIENT, findings::add);
    assertEquals(Map.of("a", "A", "c", ""), d.add());
    assertEquals(Set.of("b"), d.remove());
    assertEquals(List.of("remove-filter-no-match"), findings.stream().map(LintFinding::rule).toList());
  }

  @Test
  void strictlyAFilterMatchingNoMemberIsNoTargetAndADifferentDisplayIsMutability() {
    ScimException none = assertThrows(ScimException.class, () -> MemberChanges.net(
        ops("{\"op\":\"remove\",\"path\":\"members[value eq \\\"zz\\\"]\"}"), Map.of(), Leniency.STRICT, f -> {}));
    assertEquals(ScimType.noTarget, none.scimType());
    ScimException display = assertThrows(ScimException.class, () -> MemberChanges.net(
        ops("{\"op\":\"add\",\"path\":\"members\",\"value\":[{\"value\":\"b\",\"display\":\"Other\"}]}"),
        Map.of("b", "Bee"), Leniency.LENIENT, f -> {}));
    assertEquals(ScimType.mutability, display.scimType());
  }
}
