package dev.scimharness.requirements;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.scimharness.requirements.Level;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CatalogueTest {
  private static final String HEAD = "document: RFC 7644\nurl: https://www.rfc-editor.org/rfc/rfc7644\nrequirements:\n";

  private static Catalogue of(String entries) {
    return Catalogue.of(Map.of("t.yaml", HEAD + entries));
  }

  private static String problems(String entries) {
    return assertThrows(IllegalStateException.class, () -> of(entries)).getMessage();
  }

  @Test
  void theLevelComesFromTheKeyWord() {
    Catalogue c = of("""
          - {id: 7644-3.3-r1, section: "3.3", keyword: SHALL, text: "a response SHALL be returned"}
          - {id: 7644-3.3-r2, section: "3.3", keyword: SHOULD NOT, text: "it SHOULD NOT do that"}
          - {id: 7644-3.9-r1, section: "3.9", keyword: MAY, text: "Clients MAY request"}
        """);
    assertEquals(Level.MUST, c.find("7644-3.3-r1").orElseThrow().level());
    assertEquals(Level.SHOULD, c.find("7644-3.3-r2").orElseThrow().level());
    assertEquals(Level.MAY, c.find("7644-3.9-r1").orElseThrow().level());
    assertEquals("https://www.rfc-editor.org/rfc/rfc7644#section-3.9", c.find("7644-3.9-r1").orElseThrow().url());
    assertEquals("@req-7644-3.3-r1", c.find("7644-3.3-r1").orElseThrow().tag());
    assertEquals(Scope.SERVER, c.find("7644-3.3-r1").orElseThrow().scope());
    assertFalse(c.find("7644-3.3-r9").isPresent());
  }

  @Test
  void aSentenceWithoutKeyWordCarriesAReasonedDecision() {
    Catalogue c = of("""
          - {id: 7644-3.12-r1, section: "3.12", keyword: none, level: must, text: "400 invalidFilter", reason: "why"}
        """);
    assertEquals(Level.MUST, c.find("7644-3.12-r1").orElseThrow().level());
    assertTrue(problems("  - {id: 7644-3.12-r1, section: \"3.12\", keyword: none, text: \"t\", reason: \"r\"}\n")
        .contains("needs a level decision"));
    assertTrue(problems("  - {id: 7644-3.12-r1, section: \"3.12\", keyword: none, level: may, text: \"t\"}\n")
        .contains("needs the reason"));
  }

  @Test
  void malformedEntriesAreAllNamed() {
    String p = problems("""
          - {id: 7644-3.3-r1, section: "3.3", keyword: SHALL, text: "no key word here"}
          - {id: 7644-3.3-r1, section: "3.4", keyword: MUST, text: "MUST"}
          - {id: 7643-3.3-r2, section: "3.3", keyword: MUST, text: "MUST"}
          - {id: 7644-3.3-r3, section: "3.3", keyword: MUSTN'T, text: "x"}
          - {id: 7644-3.3-r4, section: "3.3", keyword: MAY, level: must, text: "MAY"}
          - {id: 7644-3.3-r5, section: "3.3", keyword: MUST, scope: untestable, text: "MUST"}
          - {id: 7644-3.3-r6, section: "3.3", keyword: MUST, scope: anyone, text: "MUST"}
          - {id: 7644-3.3-r7, section: "3.3", keyword: MUST, text: "a MUST"}
          - {id: 7644-3.3-r7, section: "3.3", keyword: MUST, text: "a MUST"}
        """);
    assertTrue(p.contains("7644-3.3-r1: the text does not contain 'SHALL'"), p);
    assertTrue(p.contains("7644-3.3-r1: id does not match document RFC 7644 section '3.4'"), p);
    assertTrue(p.contains("7643-3.3-r2: id does not match"), p);
    assertTrue(p.contains("7644-3.3-r3: keyword 'MUSTN'T'"), p);
    assertTrue(p.contains("7644-3.3-r4: level 'must' contradicts the key word MAY"), p);
    assertTrue(p.contains("7644-3.3-r5: an untestable requirement needs the reason"), p);
    assertTrue(p.contains("7644-3.3-r6: scope 'anyone'"), p);
    assertTrue(p.contains("7644-3.3-r7: id used twice"), p);
  }

  @Test
  void theCatalogueOnTheClassPathIsWellFormed() {
    Catalogue c = Catalogue.load();
    assertTrue(c.find("7644-3.3-r8").isPresent());
    assertTrue(c.all().size() > 500, "sentences: " + c.all().size());
  }
}
