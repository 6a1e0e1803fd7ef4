package dev.scimharness.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine;

/** The jar's command line: help, version, and bad input answered with a message and exit 2, never a stack trace. */
class HarnessCliTest {

  @Test
  void helpNamesTheThreeCommands() {
    CliRun r = CliRun.of("--help");
    assertEquals(0, r.code());
    for (String command : new String[] {"test", "serve", "simulate"}) {
      assertTrue(r.out().contains("  " + command + " "), r.out());
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"test", "serve", "simulate"})
  void everyCommandHasHelp(String command) {
    CliRun r = CliRun.of(command, "--help");
    assertEquals(0, r.code(), r.all());
    assertTrue(r.out().startsWith("Usage: scim-harness " + command), r.out());
  }

  @Test
  void versionNamesTheHarnessAndTheJava() {
    CliRun r = CliRun.of("--version");
    assertEquals(0, r.code());
    assertTrue(r.out().startsWith("SCIM Harness "), r.out());
    assertTrue(r.out().contains("Java " + System.getProperty("java.version")), r.out());
  }

  @Test
  void noCommandIsAUsageError() {
    CliRun r = CliRun.of();
    assertEquals(2, r.code());
    assertTrue(r.err().contains("Usage: scim-harness"), r.err());
  }

  @ParameterizedTest
  @ValueSource(strings = {"--bogus", "test --bogus", "test --threads", "serve --port nine", "simulate --dialect okta",
      "frobnicate"})
  void aFlagThatCannotBeUsedIsExitTwoWithAMessage(String line) {
    CliRun r = CliRun.of(line.split(" "));
    assertEquals(2, r.code(), r.all());
    assertTrue(r.err().lines().findFirst().orElse("").matches("(Unknown|Missing|Invalid|Unmatched).*"), r.err());
    assertTrue(r.noStackTrace(), r.all());
  }

  @Test
  void aSettingTheMainJobRefusesIsRefusedByTheJarTooWithItsMessage() {
    CliRun threads = CliRun.of("test", "--threads", "0", "--reports", "target/cli-refused");
    assertEquals(2, threads.code());
    assertTrue(threads.err().contains("scim.threads (SCIM_THREADS) must be a whole number from 1 to 99, got '0'"),
        threads.err());
    CliRun url = CliRun.of("test", "--base-url", "ftp://scim.example.com", "--token", "t", "--reports",
        "target/cli-refused");
    assertEquals(2, url.code());
    assertTrue(url.err().contains("must be an absolute http(s) URL"), url.err());
    CliRun tokenUrl = CliRun.of("test", "--base-url", "https://scim.example.com/scim/v2", "--oauth-token-url",
        "not a url", "--client-id", "a", "--client-secret", "b", "--reports", "target/cli-refused");
    assertEquals(2, tokenUrl.code());
    assertTrue(tokenUrl.err().contains("scim.oauth.tokenUrl (SCIM_OAUTH_TOKEN_URL)"), tokenUrl.err());
    for (CliRun r : new CliRun[] {threads, url, tokenUrl}) {
      assertTrue(r.noStackTrace(), r.all());
    }
  }

  @Test
  void everyFlagIsTheSystemPropertyOfTheMainJob() {
    TestCommand t = new TestCommand();
    new CommandLine(t).parseArgs("--base-url", "https://scim.example.com/scim/v2", "--token", "tk",
        "--header", "X-Tenant: a", "--header", "X-Trace: b", "--oauth-token-url", "https://login.example.com/t",
        "--client-id", "id", "--client-secret", "sec", "--scope", "scim", "--tags", "@must and not @bulk",
        "--threads", "3", "--rps", "5", "--baseline", "ci/baseline.json", "--update-baseline",
        "--waivers", "ci/waivers.yaml", "--read-only", "--insecure", "--fuzz", "patch", "--reports", "out",
        "-Dscim.readTimeout=60000");
    Map<String, String> p = t.properties();
    assertEquals("https://scim.example.com/scim/v2", p.get("scim.baseUrl"));
    assertEquals("tk", p.get("scim.token"));
    assertEquals("X-Tenant: a;X-Trace: b", p.get("scim.headers"));
    assertEquals("https://login.example.com/t", p.get("scim.oauth.tokenUrl"));
    assertEquals("id", p.get("scim.oauth.clientId"));
    assertEquals("sec", p.get("scim.oauth.clientSecret"));
    assertEquals("scim", p.get("scim.oauth.scope"));
    assertEquals("@must and not @bulk", p.get("cucumber.filter.tags"));
    assertEquals("3", p.get("scim.threads"));
    assertEquals("5", p.get("scim.rps"));
    assertEquals("ci/baseline.json", p.get("scim.baseline"));
    assertEquals("true", p.get("scim.baseline.update"));
    assertEquals("ci/waivers.yaml", p.get("scim.waivers"));
    assertEquals("true", p.get("scim.readOnly"));
    assertEquals("true", p.get("scim.insecure"));
    assertEquals("patch", p.get("scim.fuzz"));
    assertEquals("60000", p.get("scim.readTimeout"));
    assertEquals(java.nio.file.Path.of("out", "allure-results").toString(), p.get("allure.results.directory"));
  }

  @Test
  void flagsNotGivenLeaveTheEnvironmentToSpeak() {
    TestCommand t = new TestCommand();
    new CommandLine(t).parseArgs();
    Map<String, String> p = t.properties();
    // SCIM_TOKEN, SCIM_THREADS, … still apply: a flag's default would hide them.
    assertNull(p.get("scim.token"));
    assertNull(p.get("scim.threads"));
    assertNull(p.get("scim.baseUrl"));
  }
}
