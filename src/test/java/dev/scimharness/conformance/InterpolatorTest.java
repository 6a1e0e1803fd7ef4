package dev.scimharness.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Map;
import org.junit.jupiter.api.Test;

class InterpolatorTest {
  private final Map<String, String> values = Map.of("run", "h1", "alice.userName", "h1.Alice", "x", "$1\\");

  @Test
  void fillsPlaceholdersWithModifiers() {
    assertEquals("userName eq \"H1.ALICE\" and x sw \"h1\"",
        Interpolator.fill("userName eq \"${alice.userName|upper}\" and x sw \"${run}\"", values::get));
    assertEquals("h1.alice", Interpolator.fill("${alice.userName|lower}", values::get));
  }

  @Test
  void replacementTextIsTakenLiterally() {
    assertEquals("a$1\\b", Interpolator.fill("a${x}b", values::get));
  }

  @Test
  void unknownPlaceholdersAndModifiersAreReported() {
    assertThrows(IllegalArgumentException.class, () -> Interpolator.fill("${nobody.id}", values::get));
    assertThrows(IllegalArgumentException.class, () -> Interpolator.fill("${run|reverse}", values::get));
  }

  @Test
  void textWithoutPlaceholdersIsUnchanged() {
    assertEquals("plain $ text", Interpolator.fill("plain $ text", values::get));
  }
}
