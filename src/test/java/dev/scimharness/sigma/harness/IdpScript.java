package dev.scimharness.sigma.harness;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.scimharness.scim.Json;
import dev.scimharness.scim.MessageUrns;
import dev.scimharness.scim.SchemaRegistry;
import java.util.List;

/**
 * The SCIM bodies an IdP sends to Sigma, in the shape of Entra's Sigma mapping (userName, work email, name,
 * active, userType; groups: displayName and members).
 */
public final class IdpScript {

  private IdpScript() {}

  /** A user whose userName is its work email; {@code userType} null sends no account type. */
  public static String user(String email, String userType) {
    ObjectNode u = Json.object();
    u.putArray("schemas").add(SchemaRegistry.USER);
    u.put("userName", email);
    ObjectNode name = u.putObject("name");
    String local = email.substring(0, Math.max(0, email.indexOf('@')));
    name.put("givenName", local);
    name.put("familyName", "Example");
    emails(u.putArray("emails"), email);
    u.put("active", true);
    if (userType != null) {
      u.put("userType", userType);
    }
    return Json.write(u);
  }

  /** A PATCH changing the user's userName and, as IdPs do when the userName is the email, its work email. */
  public static String changeUserName(String newUserName) {
    ObjectNode emails = Json.object();
    emails.put("op", "replace");
    emails.put("path", "emails");
    emails(emails.putArray("value"), newUserName);
    return patch(replace("userName", newUserName), emails);
  }

  public static String deactivate() {
    ObjectNode op = Json.object();
    op.put("op", "replace");
    op.put("path", "active");
    op.put("value", false);
    return patch(op);
  }

  public static String changeAccountType(String userType) {
    return patch(replace("userType", userType));
  }

  public static String group(String displayName, List<String> memberIds) {
    ObjectNode g = Json.object();
    g.putArray("schemas").add(SchemaRegistry.GROUP);
    g.put("displayName", displayName);
    ArrayNode members = g.putArray("members");
    memberIds.forEach(id -> members.addObject().put("value", id));
    return Json.write(g);
  }

  private static ObjectNode replace(String path, String value) {
    ObjectNode op = Json.object();
    op.put("op", "replace");
    op.put("path", path);
    op.put("value", value);
    return op;
  }

  private static String patch(ObjectNode... ops) {
    ObjectNode p = Json.object();
    p.putArray("schemas").add(MessageUrns.PATCH_OP);
    ArrayNode list = p.putArray("Operations");
    for (ObjectNode op : ops) {
      list.add(op);
    }
    return Json.write(p);
  }

  private static void emails(ArrayNode emails, String email) {
    ObjectNode e = emails.addObject();
    e.put("value", email);
    e.put("type", "work");
    e.put("primary", true);
  }
}
