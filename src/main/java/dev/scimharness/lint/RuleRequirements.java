package dev.scimharness.lint;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.scimharness.requirements.Catalogue;
import dev.scimharness.requirements.Requirement;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The table {@code lint/rule-requirements.yaml}: each request-lint rule and the catalogue sentences it enforces.
 * Read once; an id the catalogue does not hold fails the load, so a rule's level is always the catalogue's.
 */
public final class RuleRequirements {
  static final String RESOURCE = "lint/rule-requirements.yaml";
  private static volatile RuleRequirements shared;

  private final Map<String, RuleLevel> byRule;

  private RuleRequirements(Map<String, RuleLevel> byRule) {
    this.byRule = byRule;
  }

  public static RuleRequirements shared() {
    RuleRequirements r = shared;
    if (r == null) {
      r = load(Catalogue.shared());
      shared = r;
    }
    return r;
  }

  static RuleRequirements load(Catalogue catalogue) {
    JsonNode root;
    try (InputStream in = RuleRequirements.class.getClassLoader().getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("no " + RESOURCE + " on the class path");
      }
      root = new ObjectMapper(new YAMLFactory()).readTree(in);
    } catch (IOException e) {
      throw new UncheckedIOException(RESOURCE + ": " + e.getMessage(), e);
    }
    Map<String, List<String>> ids = new LinkedHashMap<>();
    for (Iterator<Map.Entry<String, JsonNode>> it = root.path("rules").fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      List<String> list = new ArrayList<>();
      e.getValue().path("requirements").forEach(id -> list.add(id.asText()));
      ids.put(e.getKey(), list);
    }
    return parse(ids, catalogue);
  }

  /** The table from rule → requirement ids; every id must be in {@code catalogue}. */
  static RuleRequirements parse(Map<String, List<String>> ids, Catalogue catalogue) {
    Map<String, RuleLevel> rules = new LinkedHashMap<>();
    List<String> problems = new ArrayList<>();
    ids.forEach((rule, list) -> {
      List<Requirement> reqs = new ArrayList<>();
      for (String id : list) {
        catalogue.find(id).ifPresentOrElse(reqs::add,
            () -> problems.add(rule + ": no requirement " + id + " in the catalogue"));
      }
      if (reqs.isEmpty()) {
        problems.add(rule + ": names no requirement");
      } else {
        rules.put(rule, new RuleLevel(rule, reqs));
      }
    });
    if (!problems.isEmpty()) {
      throw new IllegalStateException(RESOURCE + " is malformed:\n  " + String.join("\n  ", problems));
    }
    return new RuleRequirements(Map.copyOf(rules));
  }

  public Optional<RuleLevel> of(String rule) {
    return Optional.ofNullable(byRule.get(rule));
  }

  public Collection<RuleLevel> all() {
    return byRule.values();
  }
}
