package dev.scimharness.faults;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.scimharness.server.SeededFaults;
import dev.scimharness.server.ServerHooks;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class FaultCatalogueTest {
  @Test
  void theServersLaunchersFindEverySeededFaultByName() {
    SeededFaults installed = SeededFaults.installed();
    assertTrue(installed instanceof FaultCatalogue, "META-INF/services names the catalogue: " + installed);
    assertEquals(Arrays.stream(Fault.values()).map(Fault::name).toList(), installed.names());
  }

  @Test
  void namesGiveTheSameHooksAsTheFaultsTheyName() {
    SeededFaults installed = SeededFaults.installed();
    assertEquals(Faults.of(Fault.MISSING_LOCATION, Fault.ME_500).hooks(), installed.hooks("missing-location, ME_500"));
    assertEquals(ServerHooks.NONE, installed.hooks(" "));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> installed.hooks("NOPE"));
    assertTrue(e.getMessage().contains("MISSING_LOCATION"), e.getMessage());
  }
}
