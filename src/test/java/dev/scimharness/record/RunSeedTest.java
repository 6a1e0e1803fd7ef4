package dev.scimharness.record;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class RunSeedTest {
  private static final RunSeed SEED = new RunSeed("habcd", 7644L);

  @Test
  void theSameSeedAndScenarioGiveTheSameRunId() {
    String key = "features/rfc7644/3.3-create.feature:12";
    assertEquals(SEED.runId(key), new RunSeed("habcd", 7644L).runId(key));
    assertTrue(SEED.runId(key).matches("habcd[a-z0-9]{5}"), SEED.runId(key));
  }

  @Test
  void anotherScenarioOrSeedGivesAnotherRunId() {
    String key = "features/rfc7644/3.3-create.feature:12";
    assertNotEquals(SEED.runId(key), SEED.runId("features/rfc7644/3.3-create.feature:20"));
    assertNotEquals(SEED.runId(key), new RunSeed("habcd", 7645L).runId(key));
  }

  @Test
  void aFreshSeedHasTheUsualPrefix() {
    RunSeed s = RunSeed.fresh();
    assertTrue(s.namePrefix().matches("h[a-z0-9]{4}"), s.namePrefix());
    assertEquals(RunSeed.RUN_ID_LENGTH, s.runId("k").length());
  }

  @Test
  void aPrefixThatIsNoNameIsRefused() {
    assertThrows(IllegalArgumentException.class, () -> new RunSeed("H-1", 1));
  }

  @Test
  void scenarioKeysStartAtTheFeaturesDirectory() {
    assertEquals("features/rfc7644/3.6-delete.feature:9",
        ScenarioKey.of("classpath:features/rfc7644/3.6-delete.feature", 9));
    String before = ScenarioKey.enter("a:1");
    try {
      String outer = ScenarioKey.enter("b:2");
      assertEquals("b:2", ScenarioKey.current());
      ScenarioKey.restore(outer);
      assertEquals("a:1", ScenarioKey.current());
    } finally {
      ScenarioKey.restore(before);
    }
  }
}
