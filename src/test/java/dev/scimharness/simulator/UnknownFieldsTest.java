package dev.scimharness.simulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A learned dialect's {@code unknown} values load as the simulator's defaults, and only where they may stand. */
class UnknownFieldsTest {
  private static final String DIALECT = """
      name: learned
      contentType: unknown
      query: {space: unknown}
      retry: {on: [429, unknown], honourRetryAfter: false, maxAttempts: unknown, budgetMillis: unknown}
      users:
        match:
          call: {method: GET, path: /Users, query: {filter: 'userName eq "${userName}"'}}
          notFound: [empty-list, unknown]
        create: {method: POST, path: /Users, body: {userName: "${userName}", nickName: unknown}}
        update: {notApplicable: not seen}
        deactivate: {notApplicable: not seen}
        reactivate: {notApplicable: not seen}
        delete: {notApplicable: not seen}
      groups:
        create: {method: POST, path: /Groups, body: {displayName: "${groupName}"}}
        rename: {notApplicable: not seen}
        memberAdd: {notApplicable: not seen}
        memberRemove: {notApplicable: not seen}
      """;

  @Test
  void unknownTakesTheDefaultAndListsKeepWhatWasSeen(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("learned.yaml");
    Files.writeString(file, DIALECT);
    Dialect d = DialectLoader.read(file);
    assertEquals(List.of(429), d.retry().on());
    assertEquals(false, d.retry().honourRetryAfter());
    assertEquals(RetryPolicy.DEFAULT.maxAttempts(), d.retry().maxAttempts());
    assertEquals(RetryPolicy.DEFAULT.budgetMillis(), d.retry().budgetMillis());
    assertEquals("%20", d.query().space());
    assertEquals("application/scim+json", d.contentType());
    assertEquals(List.of("empty-list"), d.users().match().notFound());
    assertEquals("unknown", d.users().create().body().get("nickName").textValue(), "a template's data is data");
  }

  @Test
  void unknownElsewhereIsStillAnError(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("learned.yaml");
    Files.writeString(file, DIALECT.replace("update: {notApplicable: not seen}", "update: unknown"));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> DialectLoader.read(file));
    assertTrue(e.getMessage().contains("learned.yaml"), e.getMessage());
  }

  @Test
  void anEmptyFileIsNotADialect(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("empty.yaml");
    Files.writeString(file, "");
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> DialectLoader.read(file));
    assertTrue(e.getMessage().contains("empty.yaml"), e.getMessage());
  }
}
