package dev.scimharness.lint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.scimharness.requirements.Catalogue;
import dev.scimharness.requirements.Level;
import dev.scimharness.requirements.Scope;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The rule → requirement table covers exactly the lint rules the code reports (found by reading the sources where
 * findings are made), and each row names sentences the catalogue holds, of scope client or server.
 */
class RuleRequirementsTest {
  /** Where a rule id is written: a LintFinding, the validators' report helpers, the enum, a RULE_ constant. */
  private static final Pattern RULE = Pattern.compile(
      "(?:new LintFinding\\(|Findings\\.add\\(\\w+, |report\\(\\w+, |finding\\(|^\\s*[A-Z_]+\\(|RULE_\\w+ = )"
          + "\"([a-z]+(?:-[a-z0-9]+)+)\"", Pattern.MULTILINE);

  static Set<String> rulesInTheSources() throws IOException {
    Set<String> rules = new TreeSet<>();
    try (Stream<Path> files = Files.walk(Path.of("src/main/java/dev/scimharness"))) {
      for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
        String text = Files.readString(f);
        if (!text.contains("inding")) {
          continue; // only where findings are made; elsewhere a kebab-case enum is not a rule
        }
        Matcher m = RULE.matcher(text);
        while (m.find()) {
          rules.add(m.group(1));
        }
      }
    }
    return rules;
  }

  @Test
  void everyRuleTheCodeReportsIsMappedAndNoRowIsStale() throws IOException {
    Set<String> code = rulesInTheSources();
    assertTrue(code.containsAll(Set.of("patch-op-case", "string-boolean", "content-type", "search-request-schema",
        "bulk-request-schema", "filter-value-path-sub-attribute", "remove-filter-no-match")), code.toString());
    Set<String> table = RuleRequirements.shared().all().stream().map(RuleLevel::rule)
        .collect(Collectors.toCollection(TreeSet::new));
    assertEquals(code, table);
  }

  @Test
  void everyMappedRequirementBindsAClientOrAServer() {
    Map<String, String> wrong = new TreeMap<>();
    for (RuleLevel r : RuleRequirements.shared().all()) {
      r.requirements().stream().filter(q -> q.scope() == Scope.UNTESTABLE)
          .forEach(q -> wrong.put(r.rule() + " " + q.id(), q.scope().name()));
    }
    assertEquals(Map.of(), wrong);
  }

  @Test
  void aRulesLevelIsItsFirstSentencesLevelInTheCatalogue() {
    RuleLevel opCase = RuleRequirements.shared().of("patch-op-case").orElseThrow();
    assertEquals("7644-3.5.2-r5", opCase.primary().id());
    assertEquals(Catalogue.shared().find("7644-3.5.2-r5").orElseThrow().level(), opCase.level());
    assertEquals(Level.MUST, opCase.level());
    assertEquals(Level.SHOULD, RuleRequirements.shared().of("content-type").orElseThrow().level());
    assertEquals(Level.MAY, RuleRequirements.shared().of("read-only-attribute-sent").orElseThrow().level());
  }

  @Test
  void anIdTheCatalogueDoesNotHoldFailsTheLoad() {
    Catalogue none = Catalogue.shared();
    IllegalStateException e = assertThrows(IllegalStateException.class,
        () -> RuleRequirements.parse(Map.of("x-rule", java.util.List.of("7644-99-r1")), none));
    assertTrue(e.getMessage().contains("x-rule: no requirement 7644-99-r1"), e.getMessage());
  }
}
