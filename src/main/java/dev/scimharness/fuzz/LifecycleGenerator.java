package dev.scimharness.fuzz;

import dev.scimharness.fuzz.LifecycleCase.Action;
import dev.scimharness.fuzz.LifecycleCase.Verb;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Generates lifecycles from a seed: three user slots and two group slots, created first, then three to eight
 * actions that change names, memberships and delete; deletions come late more often than early, so that the
 * membership of a deleted user is usually there to be checked.
 */
final class LifecycleGenerator {
  static final int USERS = 3;
  static final int GROUPS = 2;
  private static final List<String> NAMES = List.of("Ann", "Bo Li", "Élodie", "ann");

  private LifecycleGenerator() {}

  static LifecycleCase generate(long seed, int index) {
    SplittableRandom r = new SplittableRandom(seed * 0x94D049BB133111EBL + index);
    List<Action> actions = new ArrayList<>();
    for (int u = 0; u < USERS; u++) {
      actions.add(new Action(Verb.CREATE_USER, u, 0, null));
    }
    for (int g = 0; g < GROUPS; g++) {
      actions.add(new Action(Verb.CREATE_GROUP, g, 0, null));
    }
    int n = 3 + r.nextInt(6);
    for (int i = 0; i < n; i++) {
      boolean late = i >= n / 2;
      int k = r.nextInt(late ? 10 : 8);
      String name = NAMES.get(r.nextInt(NAMES.size()));
      actions.add(switch (k) {
        case 0, 1, 2 -> new Action(Verb.ADD_MEMBER, r.nextInt(GROUPS), r.nextInt(USERS), null);
        case 3 -> new Action(Verb.REMOVE_MEMBER, r.nextInt(GROUPS), r.nextInt(USERS), null);
        case 4 -> new Action(Verb.PUT_USER, r.nextInt(USERS), 0, name);
        case 5 -> new Action(Verb.PATCH_USER, r.nextInt(USERS), 0, name);
        case 6 -> new Action(Verb.CREATE_USER, r.nextInt(USERS), 0, null);
        case 7, 8 -> new Action(Verb.DELETE_USER, r.nextInt(USERS), 0, null);
        default -> new Action(Verb.DELETE_GROUP, r.nextInt(GROUPS), 0, null);
      });
    }
    return new LifecycleCase(actions);
  }
}
