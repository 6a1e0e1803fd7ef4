package dev.scimharness.fuzz;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.scimharness.scim.Json;
import java.util.ArrayList;
import java.util.List;

/**
 * A sequence of actions on a few users and groups (slots, not ids): create, PUT, PATCH and DELETE users and groups,
 * add and remove members. An action whose slot is not in the state it needs (a PUT of a user not created) is
 * skipped, so that any subsequence is a valid case and shrinking can drop actions freely.
 */
public record LifecycleCase(List<Action> actions) implements FuzzCase {
  public LifecycleCase {
    actions = List.copyOf(actions);
  }

  /** {@code slot} is a user or group slot; {@code other} the user slot of a membership action; {@code value} a name. */
  public record Action(Verb verb, int slot, int other, String value) {
    @Override
    public String toString() {
      return verb.name().toLowerCase(java.util.Locale.ROOT) + "(" + slot + (verb.membership() ? ", u" + other : "")
          + (value == null ? "" : ", " + value) + ")";
    }
  }

  public enum Verb {
    CREATE_USER, PUT_USER, PATCH_USER, DELETE_USER, CREATE_GROUP, DELETE_GROUP, ADD_MEMBER, REMOVE_MEMBER;

    boolean membership() {
      return this == ADD_MEMBER || this == REMOVE_MEMBER;
    }
  }

  @Override
  public FuzzKind kind() {
    return FuzzKind.LIFECYCLE;
  }

  @Override
  public int requests() {
    return (int) actions.stream().filter(a -> a.verb() != Verb.CREATE_USER && a.verb() != Verb.CREATE_GROUP).count();
  }

  @Override
  public ObjectNode toJson() {
    ObjectNode o = Json.object().put("kind", kind().wire());
    ArrayNode a = o.putArray("actions");
    for (Action x : actions) {
      ObjectNode n = a.addObject().put("verb", x.verb().name()).put("slot", x.slot()).put("other", x.other());
      if (x.value() != null) {
        n.put("value", x.value());
      }
    }
    return o;
  }

  static LifecycleCase fromJson(JsonNode json) {
    List<Action> actions = new ArrayList<>();
    for (JsonNode n : json.path("actions")) {
      actions.add(new Action(Verb.valueOf(n.path("verb").asText()), n.path("slot").asInt(), n.path("other").asInt(),
          n.hasNonNull("value") ? n.get("value").asText() : null));
    }
    return new LifecycleCase(actions);
  }

  /** Without one action, the last first: a failure usually needs its early actions as set-up. */
  @Override
  public List<FuzzCase> smaller() {
    List<FuzzCase> out = new ArrayList<>();
    for (int i = actions.size() - 1; i >= 0; i--) {
      List<Action> fewer = new ArrayList<>(actions);
      fewer.remove(i);
      out.add(new LifecycleCase(fewer));
    }
    return out;
  }

  @Override
  public String toString() {
    return actions.toString();
  }
}
