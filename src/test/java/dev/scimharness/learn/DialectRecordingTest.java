package dev.scimharness.learn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.scimharness.endpoint.HttpClients;
import dev.scimharness.scim.Leniency;
import dev.scimharness.server.ReferenceServer;
import dev.scimharness.server.ServerConfig;
import dev.scimharness.simulator.DialectLoader;
import dev.scimharness.simulator.Endpoint;
import dev.scimharness.simulator.Lifecycle;
import dev.scimharness.simulator.LifecycleStep;
import dev.scimharness.simulator.LintProbe;
import dev.scimharness.simulator.Main;
import dev.scimharness.simulator.ReferenceTarget;
import dev.scimharness.simulator.SimulatorRun;
import dev.scimharness.simulator.Sleeper;
import dev.scimharness.simulator.Transport;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * What {@code --record-dialect FILE} does for an IdP team: record, write on shutdown, and hand the file to the
 * simulator's {@code --dialect-file}; and the clear refusals when there is nothing to learn or the name is wrong.
 */
class DialectRecordingTest {

  @Test
  void aRecordedEntraRunBecomesAFileTheSimulatorRuns(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("my-idp.yaml");
    ReferenceServer server = new ReferenceServer(ServerConfig.builder().token("rec-token", "default").build());
    DialectRecording recording = DialectRecording.attach(server, file, Provocations.ALL);
    String url = server.start();
    try {
      Transport t = new Transport(new Endpoint(URI.create(url), "rec-token"), HttpClients.shared(), Sleeper.REAL,
          Clock.systemUTC(), LintProbe.NONE, Duration.ofSeconds(10));
      Lifecycle.run(DialectLoader.standard().load("entra"), t, EnumSet.allOf(LifecycleStep.class),
          new SimulatorRun.Options(Duration.ZERO, false));
    } finally {
      server.stop();
    }
    ByteArrayOutputStream said = new ByteArrayOutputStream();
    assertTrue(recording.write(new PrintStream(said, true, StandardCharsets.UTF_8)), said.toString());
    String yaml = Files.readString(file);
    assertTrue(yaml.contains("name: my-idp"), yaml);
    assertTrue(yaml.contains("value: \"False\""), "Entra's string boolean is kept as sent: " + yaml);
    assertFalse(yaml.contains("rec-token"), "the token is never written");

    try (ReferenceTarget target = ReferenceTarget.start(Leniency.LENIENT)) {
      StringWriter out = new StringWriter();
      CommandLine cl = Main.commandLine();
      cl.setOut(new PrintWriter(out));
      cl.setErr(new PrintWriter(out));
      int exit = cl.execute("--dialect-file", file.toString(), "--base-url", target.server().baseUrl(),
          "--token", target.server().token(), "--report-dir", dir.resolve("reports").toString());
      assertEquals(0, exit, out.toString());
      assertTrue(out.toString().contains("my-idp"), out.toString());
    }
  }

  @Test
  void trafficWithoutProvisioningWritesNoDialectAndSaysWhy(@TempDir Path dir) {
    Path file = dir.resolve("idle.yaml");
    ReferenceServer server = new ReferenceServer(ServerConfig.builder().token("t", "default").build());
    DialectRecording recording = DialectRecording.attach(server, file, Provocations.NONE);
    server.start();
    server.stop();
    ByteArrayOutputStream said = new ByteArrayOutputStream();
    assertFalse(recording.write(new PrintStream(said, true, StandardCharsets.UTF_8)));
    assertTrue(said.toString().contains("no POST /Users"), said.toString());
    assertFalse(Files.exists(file));
  }

  @Test
  void aFileThatCannotNameADialectIsRefused() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> DialectRecording.name(Path.of("traffic.txt")));
    assertTrue(e.getMessage().contains(".yaml"), e.getMessage());
  }

  @Test
  void theSimulatorSaysWhatIsMissing(@TempDir Path dir) {
    StringWriter err = new StringWriter();
    CommandLine cl = Main.commandLine();
    cl.setErr(new PrintWriter(err));
    assertEquals(2, cl.execute("--base-url", "http://127.0.0.1:9", "--token", "x"));
    assertTrue(err.toString().contains("--dialect-file"), err.toString());
    StringWriter err2 = new StringWriter();
    CommandLine cl2 = Main.commandLine();
    cl2.setErr(new PrintWriter(err2));
    assertEquals(2, cl2.execute("--dialect-file", dir.resolve("absent.yaml").toString(), "--base-url",
        "http://127.0.0.1:9", "--token", "x"));
    assertTrue(err2.toString().contains("absent.yaml"), err2.toString());
    assertFalse(err2.toString().contains("\tat "), "no stack trace: " + err2);
  }
}
