package dev.scimharness.provenance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.scimharness.faults.Fault;
import dev.scimharness.sigma.SigmaFault;
import dev.scimharness.simulator.Dialect;
import dev.scimharness.simulator.DialectLoader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every dialect step and deviation, every seeded fault and every sigma fault names a public source by URL, and
 * {@code docs/sources.md} lists each of them, so a reader of the clone can open what each rule is modelled on.
 */
class EveryRuleHasASourceTest {
  private static final Path SOURCES_PAGE = Path.of("docs", "sources.md");

  @Test
  void everyDialectStepAndDeviationNamesAUrl() {
    List<Dialect> dialects = DialectLoader.standard().all();
    assertFalse(dialects.isEmpty(), "no dialects in " + DialectLoader.DEFAULT_DIR);
    List<String> problems = new ArrayList<>();
    dialects.forEach(d -> problems.addAll(SourceRules.problems(d)));
    assertEquals(List.of(), problems);
  }

  @Test
  void everySeededFaultNamesItsTrackerEntryOrTheRfcSectionItBreaks() {
    List<String> problems = new ArrayList<>();
    for (Fault f : Fault.values()) {
      problems.addAll(SourceRules.faultProblems(f.name(), f.rule(), f.sources()));
    }
    assertEquals(List.of(), problems);
  }

  @Test
  void everySigmaFaultNamesThePageOfTheGuideItBreaks() {
    List<String> problems = new ArrayList<>();
    for (SigmaFault f : SigmaFault.values()) {
      problems.addAll(SourceRules.urlProblems(f.name(), List.of(f.source())));
    }
    assertEquals(List.of(), problems);
  }

  @Test
  void theSourcesPageListsEverySourceTheDataCites() throws IOException {
    String page = Files.readString(SOURCES_PAGE);
    Set<String> missing = new TreeSet<>();
    for (String url : citedUrls()) {
      if (!page.contains(url)) {
        missing.add(url);
      }
    }
    assertTrue(missing.isEmpty(), () -> SOURCES_PAGE + " does not list:\n  " + String.join("\n  ", missing));
  }

  private static Set<String> citedUrls() {
    Set<String> urls = new TreeSet<>();
    DialectLoader.standard().all().forEach(d -> SourceRules.sourcesOf(d).values().forEach(urls::addAll));
    Stream.of(Fault.values()).forEach(f -> urls.addAll(f.sources()));
    Stream.of(SigmaFault.values()).forEach(f -> urls.add(f.source()));
    return urls;
  }

  // ---- the rules can fail ----------------------------------------------------------------------------------------

  @Test
  void aDialectStepOrDeviationWithoutAUrlIsReported(@TempDir Path dir) throws IOException {
    String rfc = Files.readString(DialectLoader.DEFAULT_DIR.resolve("rfc.yaml"));
    String broken = rfc.replaceFirst("name: rfc", "name: broken")
        .replaceFirst("(?m)^(  memberRemove:\\n)    source: .*\\n", "$1")
        .replaceFirst("(?m)^(  create:\\n)    source: .*\\n", "$1    source: RFC 7644 §3.3\n")
        + "deviations:\n  - {step: delete, rule: x, detail: y}\n";
    Path file = dir.resolve("broken.yaml");
    Files.writeString(file, broken);

    List<String> problems = SourceRules.problems(DialectLoader.read(file));

    assertEquals(List.of(
        "broken users.create: \"RFC 7644 §3.3\" is not an https URL",
        "broken groups.memberRemove: no source",
        "broken deviation 1 (delete, x): no source"), problems);
  }

  @Test
  void aFaultWithoutATrackerEntryMustCiteTheSectionItBreaks() {
    String section = "https://www.rfc-editor.org/rfc/rfc7644#section-3.3";
    assertEquals(List.of(), SourceRules.faultProblems("F", "RFC 7644 §3.3", List.of(section)));
    assertEquals(List.of(), SourceRules.faultProblems("F", "RFC 7644 §3.3",
        List.of("https://github.com/wso2/product-is/issues/7296")));
    assertEquals(List.of("F: models no public tracker entry, so it must cite the section it breaks: " + section),
        SourceRules.faultProblems("F", "RFC 7644 §3.3",
            List.of("https://www.rfc-editor.org/rfc/rfc7644#section-3.6")));
    assertEquals(List.of("F: no source"), SourceRules.faultProblems("F", "RFC 7644 §3.3", List.of()));
    assertEquals(List.of("F: \"wso2/product-is#7296\" is not an https URL"),
        SourceRules.faultProblems("F", "RFC 7644 §3.3", List.of("wso2/product-is#7296")));
  }

  @Test
  void onlyHttpsUrlsWithAHostCount() {
    assertTrue(SourceRules.isOpenableUrl("https://help.sigmacomputing.com/docs/manage-users-and-teams-with-scim"));
    assertTrue(SourceRules.isOpenableUrl(
        "https://onelogin.service-now.com/kb?id=kb_article_view&sysparm_article=KB0013904"));
    assertFalse(SourceRules.isOpenableUrl("http://example.com/page"));
    assertFalse(SourceRules.isOpenableUrl("docs/sigma.md"));
    assertFalse(SourceRules.isOpenableUrl("RFC 7644 §3.5.2.3"));
    assertFalse(SourceRules.isOpenableUrl("https:///no-host"));
  }
}
