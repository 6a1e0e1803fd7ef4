package dev.scimharness.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code --client-report} on the server's command line: a file where a directory belongs is refused up front. */
class ClientReportOptionTest {
  @TempDir
  Path dir;

  @Test
  void aFileGivenAsTheReportDirectoryIsAClearErrorBeforeTheServerStarts() throws Exception {
    Path file = Files.writeString(dir.resolve("report.md"), "x");
    java.io.ByteArrayOutputStream err = new java.io.ByteArrayOutputStream();
    java.io.PrintStream before = System.err;
    int exit;
    try {
      // the launcher reports a bad option through a command line of its own, on System.err
      System.setErr(new java.io.PrintStream(err, true, java.nio.charset.StandardCharsets.UTF_8));
      exit = new CommandLine(new Main()).execute("--port", "0", "--client-report", file.toString());
    } finally {
      System.setErr(before);
    }
    assertEquals(2, exit);
    assertTrue(err.toString().contains("--client-report: " + file + " is a file, not a directory"), err.toString());
    assertFalse(err.toString().contains("\tat "), err.toString());
  }

  @Test
  void theOptionsAreListedInTheHelp() {
    String help = new CommandLine(new Main()).getUsageMessage();
    assertTrue(help.contains("--client-report=DIR") && help.contains("--admin-port=PORT"), help);
  }

  @Test
  void theReportIsInstalledForTheLauncher() {
    assertTrue(ClientReporting.installed().isPresent());
  }
}
