package dev.scimharness.fuzz;

import dev.scimharness.fuzz.LifecycleCase.Action;
import dev.scimharness.scim.Json;
import dev.scimharness.scim.SchemaRegistry;

/**
 * The curl lines of a lifecycle case: one request per action (slots as {@code $U0}, {@code $G1}), then the
 * read-backs the model is compared with. An action that does not apply in its state is left out, as the check
 * skips it.
 */
final class LifecycleScript {
  private static final String PATCH_OP = "{\"schemas\":[\"urn:ietf:params:scim:api:messages:2.0:PatchOp\"],"
      + "\"Operations\":[";

  private LifecycleScript() {}

  static void write(StringBuilder sb, LifecycleCase c) {
    boolean[] users = new boolean[LifecycleGenerator.USERS];
    boolean[] groups = new boolean[LifecycleGenerator.GROUPS];
    int n = 0;
    for (Action a : c.actions()) {
      n++;
      String u = "/Users/$U" + a.slot();
      String g = "/Groups/$G" + a.slot();
      String member = "'\"$U" + a.other() + "\"'";
      switch (a.verb()) {
        case CREATE_USER -> {
          if (!users[a.slot()]) {
            users[a.slot()] = true;
            sb.append("U").append(a.slot()).append("=$(req POST /Users ").append(ReplayScript.quote("{\"schemas\":[\""
                + SchemaRegistry.USER + "\"],\"userName\":\"{{p}}-" + n + "\"}")).append(" | id_of)\n");
          }
        }
        case CREATE_GROUP -> {
          if (!groups[a.slot()]) {
            groups[a.slot()] = true;
            sb.append("G").append(a.slot()).append("=$(req POST /Groups ").append(ReplayScript.quote("{\"schemas\":[\""
                + SchemaRegistry.GROUP + "\"],\"displayName\":\"{{p}}-" + n + "\"}")).append(" | id_of)\n");
          }
        }
        case PUT_USER -> line(sb, users[a.slot()], "PUT", u, ReplayScript.quote("{\"schemas\":[\"" + SchemaRegistry.USER
            + "\"],\"userName\":\"{{p}}-" + n + "\",\"displayName\":" + Json.NODES.textNode(a.value()) + "}"));
        case PATCH_USER -> line(sb, users[a.slot()], "PATCH", u, ReplayScript.quote(PATCH_OP
            + "{\"op\":\"replace\",\"path\":\"displayName\",\"value\":" + Json.NODES.textNode(a.value()) + "}]}"));
        case DELETE_USER -> {
          line(sb, users[a.slot()], "DELETE", u, null);
          users[a.slot()] = false;
        }
        case DELETE_GROUP -> {
          line(sb, groups[a.slot()], "DELETE", g, null);
          groups[a.slot()] = false;
        }
        case ADD_MEMBER -> line(sb, groups[a.slot()] && users[a.other()], "PATCH", g, ReplayScript.quote(PATCH_OP
            + "{\"op\":\"add\",\"path\":\"members\",\"value\":[{\"value\":\"MEMBER\"}]}]}").replace("MEMBER", member));
        case REMOVE_MEMBER -> line(sb, groups[a.slot()] && users[a.other()], "PATCH", g, ReplayScript.quote(PATCH_OP
            + "{\"op\":\"remove\",\"path\":\"members[value eq \\\"MEMBER\\\"]\"}]}").replace("MEMBER", member));
      }
    }
    sb.append("# the read-backs the model is compared with, then clean-up\n");
    for (int i = 0; i < groups.length; i++) {
      if (groups[i]) {
        sb.append("req GET \"/Groups/$G").append(i).append("\"\n");
      }
    }
    for (int i = 0; i < users.length; i++) {
      if (users[i]) {
        sb.append("req GET \"/Users/$U").append(i).append("\"\n");
      }
    }
    for (int i = 0; i < groups.length; i++) {
      if (groups[i]) {
        sb.append("req DELETE \"/Groups/$G").append(i).append("\"\n");
      }
    }
    for (int i = 0; i < users.length; i++) {
      if (users[i]) {
        sb.append("req DELETE \"/Users/$U").append(i).append("\"\n");
      }
    }
  }

  private static void line(StringBuilder sb, boolean applies, String method, String path, String body) {
    if (applies) {
      sb.append("req ").append(method).append(" \"").append(path).append('"');
      if (body != null) {
        sb.append(' ').append(body);
      }
      sb.append('\n');
    }
  }
}
