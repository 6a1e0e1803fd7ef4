package dev.scimharness.faults;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** Each fault's own list of feature files is what the fault self-test runs it against; it must hold. */
class FaultFeaturesTest {
  @Test
  void everySeededFaultNamesTheFeaturesWhereItShows() {
    for (Fault f : Fault.values()) {
      assertFalse(f.features().isEmpty(), f.name());
    }
  }

  @Test
  void everyNamedFeatureFileExists() {
    for (Fault f : Fault.values()) {
      for (String feature : f.features()) {
        assertTrue(Files.isRegularFile(Path.of(feature)), f.name() + ": " + feature);
      }
    }
  }
}
