package dev.scimharness.clientreport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The committed {@code clientreport/dialect-shapes.json} is what the shipped dialects send today: every
 * simulator is run against the lenient reference server again and the result compared with the file.
 * {@code -Dscim.dialectShapes.update=true} rewrites the file instead.
 */
class DialectShapesTest {
  private static final Path FILE = Path.of("src/main/resources", DialectShapes.RESOURCE);

  @Test
  void theCommittedShapesAreWhatTheShippedDialectsSendToday() throws Exception {
    String fresh = ShippedDialectShapes.compute().toJson();
    if (Boolean.getBoolean("scim.dialectShapes.update")) {
      Files.writeString(FILE, fresh, StandardCharsets.UTF_8);
    }
    assertEquals(fresh, Files.readString(FILE, StandardCharsets.UTF_8), FILE + " is stale: run "
        + "mvn -B -o test -Dtest=DialectShapesTest -Dscim.dialectShapes.update=true and review the diff");
  }

  @Test
  void everyShippedDialectIsInTheDataAndEntraLegacySendsItsKnownShapes() {
    DialectShapes shapes = DialectShapes.shipped();
    assertEquals(9, shapes.all().size());
    DialectShapes.Shape entra = shapes.all().stream().filter(s -> s.name().equals("entra")).findFirst().orElseThrow();
    assertTrue(entra.rules().containsKey("patch-op-case"), entra.rules().toString());
    assertTrue(entra.rules().containsKey("string-boolean"), entra.rules().toString());
    DialectShapes.Shape rfc = shapes.all().stream().filter(s -> s.name().equals("rfc")).findFirst().orElseThrow();
    assertEquals(List.of(), List.copyOf(rfc.rules().keySet()), "the textbook client sends nothing to lint");
  }

  @Test
  void aClientIsLikeTheDialectsThatShareItsRulesMostSharedFirst() {
    DialectShapes shapes = new DialectShapes(List.of(
        new DialectShapes.Shape("a", "A", java.util.Map.of("x", "1")),
        new DialectShapes.Shape("b", "B", java.util.Map.of("x", "1", "y", "2")),
        new DialectShapes.Shape("c", "C", java.util.Map.of("z", "3"))));
    List<DialectMatch> like = shapes.like(List.of("x", "y"));
    assertEquals(List.of("b", "a"), like.stream().map(DialectMatch::dialect).toList());
    assertEquals(List.of("x", "y"), like.get(0).sharedRules());
    assertFalse(shapes.like(List.of("q")).iterator().hasNext());
  }
}
