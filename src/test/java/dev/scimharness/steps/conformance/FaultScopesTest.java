package dev.scimharness.steps.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.scimharness.server.Fault;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;

class FaultScopesTest {
  @Test
  void everySeededFaultNamesTheFeaturesWhereItShows() {
    assertEquals(EnumSet.allOf(Fault.class), EnumSet.copyOf(FaultScopes.all().keySet()));
  }

  @Test
  void everyScopedFeatureFileExists() {
    for (List<String> features : FaultScopes.all().values()) {
      for (String f : features) {
        assertTrue(Files.isRegularFile(Path.of(f)), f);
      }
    }
  }
}
