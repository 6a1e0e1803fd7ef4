package dev.scimharness.mutation;

import com.fasterxml.jackson.databind.JsonNode;
import dev.scimharness.scim.Json;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/** Derives the mutants of a scenario from the exchanges of its clean run, and samples them. */
final class Mutants {
  static final List<String> HEADERS = List.of("Location", "ETag", "Content-Type", "WWW-Authenticate");
  private static final int MAX_DEPTH = 4;

  private Mutants() {}

  /**
   * The mutants of the exchanges a scenario checks, those its When and Then steps made, split into the answers
   * its Then steps read with the last answer of its When steps (what a Then step judges) and the others. A
   * scenario without such an exchange (all its requests in Given steps) gets the mutants of every exchange after
   * the preflight, as judged.
   */
  static Derived checked(List<Exchange> exchanges, int skip) {
    List<Mutant> focused = of(exchanges, skip, true);
    if (focused.isEmpty()) {
      return new Derived(of(exchanges, skip, false), List.of());
    }
    int lastWhen = -1;
    for (int i = 0; i < exchanges.size(); i++) {
      if (exchanges.get(i).phase() == Phase.WHEN) {
        lastWhen = i;
      }
    }
    Set<String> judged = new HashSet<>();
    Map<String, Integer> seen = new HashMap<>();
    for (int i = 0; i < exchanges.size(); i++) {
      Exchange e = exchanges.get(i);
      int n = seen.merge(e.signature(), 1, Integer::sum) - 1;
      if (i >= skip && (e.phase() == Phase.THEN || i == lastWhen)) {
        judged.add(e.signature() + " #" + n);
      }
    }
    List<Mutant> first = new ArrayList<>();
    List<Mutant> rest = new ArrayList<>();
    for (Mutant m : focused) {
      (judged.contains(m.signature() + " #" + m.occurrence()) ? first : rest).add(m);
    }
    return new Derived(first, rest);
  }

  /** The mutants of a scenario: on the answers its Then steps judge, and on the other answers it made. */
  record Derived(List<Mutant> judged, List<Mutant> others) {
    List<Mutant> all() {
      List<Mutant> all = new ArrayList<>(judged);
      all.addAll(others);
      return all;
    }

    /** At most {@code max}: the judged answers' mutants first, each part spread over the kinds. */
    List<Mutant> sample(int max, long seed) {
      List<Mutant> out = new ArrayList<>(Mutants.sample(judged, max, seed));
      out.addAll(Mutants.sample(others, max - out.size(), seed));
      return out;
    }
  }

  /**
   * The mutants of every exchange after the first {@code skip}: those are the run's preflight, the same for every
   * scenario, and what a scenario checks is in the exchanges it makes itself.
   */
  static List<Mutant> of(List<Exchange> exchanges, int skip) {
    return of(exchanges, skip, false);
  }

  private static List<Mutant> of(List<Exchange> exchanges, int skip, boolean checkedOnly) {
    Set<Mutant> out = new LinkedHashSet<>();
    Map<String, Integer> seen = new HashMap<>();
    Set<String> paths = new HashSet<>();
    for (int i = 0; i < exchanges.size(); i++) {
      Exchange e = exchanges.get(i);
      String sig = e.signature();
      int n = seen.merge(sig, 1, Integer::sum) - 1;
      if (i < skip || (checkedOnly && (e.phase() == null || !e.phase().checked()))) {
        if (e.status() / 100 == 2 && e.body() != null && !e.body().isBlank()) {
          paths.add(e.path());
        }
        continue;
      }
      statuses(e.status()).forEach(s -> out.add(new Mutant(sig, n, Kind.STATUS, Integer.toString(s))));
      for (String h : HEADERS) {
        if (e.header(h) != null) {
          out.add(new Mutant(sig, n, Kind.DROP_HEADER, h));
          out.add(new Mutant(sig, n, Kind.CHANGE_HEADER, h));
        }
      }
      if (e.requestBody() != null && !e.requestBody().isBlank()) {
        out.add(new Mutant(sig, n, Kind.ECHO_REQUEST, ""));
      }
      if (paths.contains(e.path()) && e.status() / 100 == 2) {
        out.add(new Mutant(sig, n, Kind.PREVIOUS_VERSION, ""));
      }
      if (e.status() / 100 == 2 && e.body() != null && !e.body().isBlank()) {
        paths.add(e.path());
      }
      JsonNode body = parse(e.body());
      if (body != null && body.isObject()) {
        if (body.has("scimType")) {
          out.add(new Mutant(sig, n, Kind.DROP_SCIM_TYPE, ""));
        }
        walk(body, "", 0, sig, n, out);
      }
    }
    return new ArrayList<>(out);
  }

  /** How many leading exchanges of {@code run} are the {@code preflight} signatures, in order. */
  static int preflight(List<Exchange> run, List<String> preflight) {
    int i = 0;
    while (i < run.size() && i < preflight.size() && run.get(i).signature().equals(preflight.get(i))) {
      i++;
    }
    return i;
  }

  /** The signatures two runs of different scenarios begin with alike: the preflight of every run. */
  static List<String> commonPrefix(List<Exchange> a, List<Exchange> b) {
    List<String> out = new ArrayList<>();
    for (int i = 0; i < Math.min(a.size(), b.size()) && a.get(i).signature().equals(b.get(i).signature()); i++) {
      out.add(a.get(i).signature());
    }
    return out;
  }

  /**
   * At most {@code max} of {@code all}, drawn with a seed fixed per scenario and spread over the kinds: one of each
   * kind in turn (statuses and headers first, then whole answers, lists, and attributes from the top of the
   * document down), so that twenty draws from hundreds of attribute mutants still change the status, the ETag or
   * the Location a scenario checks.
   */
  static List<Mutant> sample(List<Mutant> all, int max, long seed) {
    Random random = new Random(seed);
    Map<Kind, List<Mutant>> byKind = new java.util.EnumMap<>(Kind.class);
    for (Mutant m : all) {
      byKind.computeIfAbsent(m.kind(), k -> new ArrayList<>()).add(m);
    }
    List<java.util.Deque<Mutant>> queues = new ArrayList<>();
    for (Kind k : SAMPLE_ORDER) {
      List<Mutant> ms = byKind.getOrDefault(k, List.of());
      List<Mutant> copy = new ArrayList<>(ms);
      java.util.Collections.shuffle(copy, random);
      // Shallow pointers first: /userName before /emails/0/display.
      copy.sort(java.util.Comparator.comparingInt(Mutants::depth));
      if (!copy.isEmpty()) {
        queues.add(new java.util.ArrayDeque<>(copy));
      }
    }
    List<Mutant> out = new ArrayList<>();
    while (out.size() < max && !queues.isEmpty()) {
      for (java.util.Iterator<java.util.Deque<Mutant>> it = queues.iterator(); it.hasNext() && out.size() < max;) {
        java.util.Deque<Mutant> q = it.next();
        out.add(q.poll());
        if (q.isEmpty()) {
          it.remove();
        }
      }
    }
    return out;
  }

  private static final List<Kind> SAMPLE_ORDER = List.of(Kind.STATUS, Kind.CHANGE_HEADER, Kind.DROP_HEADER,
      Kind.DROP_SCIM_TYPE, Kind.PREVIOUS_VERSION, Kind.ECHO_REQUEST, Kind.EMPTY_LIST, Kind.REORDER_LIST,
      Kind.DROP_ATTRIBUTE, Kind.REPLACE_VALUE);

  private static int depth(Mutant m) {
    return m.kind() == Kind.DROP_ATTRIBUTE || m.kind() == Kind.REPLACE_VALUE || m.kind() == Kind.EMPTY_LIST
        || m.kind() == Kind.REORDER_LIST ? (int) m.target().chars().filter(c -> c == '/').count() : 0;
  }

  private static void walk(JsonNode n, String pointer, int depth, String sig, int occ, Set<Mutant> out) {
    if (depth >= MAX_DEPTH) {
      return;
    }
    if (n.isObject()) {
      for (Iterator<Map.Entry<String, JsonNode>> it = n.fields(); it.hasNext();) {
        Map.Entry<String, JsonNode> f = it.next();
        String p = pointer + "/" + f.getKey().replace("~", "~0").replace("/", "~1");
        out.add(new Mutant(sig, occ, Kind.DROP_ATTRIBUTE, p));
        leafOrList(f.getValue(), p, depth, sig, occ, out);
      }
    } else if (n.isArray()) {
      for (int i = 0; i < Math.min(n.size(), 2); i++) {
        leafOrList(n.get(i), pointer + "/" + i, depth, sig, occ, out);
      }
    }
  }

  private static void leafOrList(JsonNode v, String p, int depth, String sig, int occ, Set<Mutant> out) {
    if (v.isValueNode() && !v.isNull()) {
      out.add(new Mutant(sig, occ, Kind.REPLACE_VALUE, p));
    } else if (v.isArray() && !v.isEmpty()) {
      out.add(new Mutant(sig, occ, Kind.EMPTY_LIST, p));
      if (v.size() > 1) {
        out.add(new Mutant(sig, occ, Kind.REORDER_LIST, p));
      }
    }
    if (v.isContainerNode()) {
      walk(v, p, depth + 1, sig, occ, out);
    }
  }

  // Another status of the same class (2xx to 2xx, 4xx to 4xx), the ones a server could plausibly answer instead.
  private static List<Integer> statuses(int s) {
    List<Integer> two = List.of(200, 201, 204);
    List<Integer> four = List.of(400, 404, 409, 412);
    List<Integer> from = s / 100 == 2 ? two : s / 100 == 4 ? four : List.of();
    return from.stream().filter(x -> x != s).toList();
  }

  private static JsonNode parse(String body) {
    if (body == null || body.isBlank()) {
      return null;
    }
    try {
      return Json.parse(body);
    } catch (RuntimeException notJson) {
      return null;
    }
  }
}
