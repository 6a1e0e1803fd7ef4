package dev.scimharness.fuzz;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.scimharness.scim.Json;
import dev.scimharness.scim.SchemaRegistry;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The users every filter try of a run queries: generated from the seed, with values drawn from pools that differ
 * only in case or by a few characters, so that {@code eq}, {@code co}, {@code sw} and case-insensitive matching
 * all have something to decide. Each userName starts with the run's prefix, by which every query is scoped.
 */
final class Population {
  static final int SIZE = 6;
  private static final List<String> NAMES = List.of("alice", "Bob", "carol", "DAVE", "eve", "bob");
  private static final List<String> DISPLAY = List.of("Ann Lee", "ann lee", "Bo", "Élodie Durand", "Bob Ray");
  private static final List<String> TITLES = List.of("Dev", "dev", "Ops", "DevOps");
  private static final List<String> GIVEN = List.of("Ann", "ann", "Bo", "Émile");
  private static final List<String> MAILS = List.of("a@example.com", "B@Example.com", "c@example.org",
      "bo@test.example");

  private Population() {}

  /** The generated users, without {@code schemas}; {@code userName} holds the {@code {{p}}} placeholder. */
  static List<ObjectNode> generate(long seed) {
    SplittableRandom r = new SplittableRandom(seed ^ 0x5CA1AB1EL);
    List<ObjectNode> users = new ArrayList<>();
    for (int i = 0; i < SIZE; i++) {
      ObjectNode u = Json.object().put("userName", FuzzTarget.PREFIX + "-f" + NAMES.get(i) + i);
      if (r.nextInt(4) > 0) {
        u.put("displayName", DISPLAY.get(r.nextInt(DISPLAY.size())));
      }
      if (r.nextInt(3) > 0) {
        u.put("title", TITLES.get(r.nextInt(TITLES.size())));
      }
      if (r.nextInt(3) > 0) {
        u.put("active", r.nextBoolean());
      }
      if (r.nextInt(3) > 0) {
        u.putObject("name").put("givenName", GIVEN.get(r.nextInt(GIVEN.size()))).put("familyName", "Lee");
      }
      int mails = r.nextInt(3);
      if (mails > 0) {
        ArrayNode a = u.putArray("emails");
        for (int m = 0; m < mails; m++) {
          ObjectNode e = a.addObject().put("value", MAILS.get(r.nextInt(MAILS.size())))
              .put("type", m == 0 ? "work" : "home");
          if (m == 0 && r.nextBoolean()) {
            e.put("primary", true);
          }
        }
      }
      users.add(u);
    }
    return users;
  }

  /** The creation body of {@code user} on a target whose run prefix replaces the placeholder. */
  static String creation(FuzzTarget target, ObjectNode user) {
    ObjectNode out = Json.object();
    out.putArray("schemas").add(SchemaRegistry.USER);
    out.setAll((ObjectNode) Json.parse(target.substitute(Json.write(user), null)));
    return Json.write(out);
  }
}
