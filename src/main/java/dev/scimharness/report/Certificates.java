package dev.scimharness.report;

import com.fasterxml.jackson.databind.JsonNode;
import dev.scimharness.endpoint.ConfigException;
import dev.scimharness.endpoint.HarnessConfig;
import dev.scimharness.endpoint.Setting;
import dev.scimharness.requirements.Catalogue;
import dev.scimharness.scim.Json;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes {@code certificate.md}, {@code certificate.html} and {@code badge.svg} beside the summary at the end of
 * every main-job run, from the run as judged (waivers applied) and the exit code the build ends with.
 */
public final class Certificates {
  public static final List<String> FILES = List.of("certificate.md", "certificate.html", "badge.svg");

  private Certificates() {}

  public static void write(RunSummary run, Verdict verdict, ExitCode exit, Gate gate, Path reports) {
    Certificate c = new CertificateBuilder(run, verdict, exit, gate.waivers(), Catalogue.shared(), BuildInfo.current(),
        profile(), fuzzNote(reports), Instant.now()).build();
    try {
      Files.createDirectories(reports);
      Files.writeString(reports.resolve("certificate.md"), CertificateMarkdown.render(c));
      Files.writeString(reports.resolve("certificate.html"), CertificateHtml.render(c));
      Files.writeString(reports.resolve("badge.svg"), c.badge().svg());
      System.out.println("[conformance] certificate: " + reports.resolve("certificate.html").toAbsolutePath()
          + " (" + Badge.LABEL + " " + c.badge().message() + ")");
    } catch (IOException e) {
      System.err.println("[conformance] no certificate: " + reports + " cannot be written: " + e.getMessage());
    }
  }

  /** How this JVM's run was set up, for the certificate's "Profile" line. */
  static String profile() {
    List<String> parts = new ArrayList<>();
    try {
      HarnessConfig config = HarnessConfig.fromSystem();
      parts.add(config.isEmbedded() ? "embedded reference server, profile " + config.profile()
          + config.fault().map(f -> ", fault " + f).orElse("") : "remote target");
      if (config.limits().readOnly()) {
        parts.add("read-only");
      }
    } catch (ConfigException e) {
      parts.add("settings unreadable: " + e.getMessage());
    }
    String tags = System.getProperty("cucumber.filter.tags");
    parts.add(tags == null || tags.isBlank() ? "every scenario" : "scenarios " + tags);
    HarnessConfig.setting(Setting.IDPS).ifPresent(i -> parts.add("IdP dialects " + i));
    String fuzz = System.getProperty("scim.fuzz");
    if (fuzz != null) {
      parts.add("fuzz " + (fuzz.isBlank() ? "patch,filter,lifecycle" : fuzz));
    }
    return String.join("; ", parts);
  }

  private static String fuzzNote(Path reports) {
    Path file = reports.resolve("fuzz.json");
    if (!Files.isRegularFile(file)) {
      return null;
    }
    try {
      JsonNode n = Json.parse(Files.readString(file));
      return "Seed " + n.path("seed").asText() + ", " + n.path("tries").asText() + " tries per kind; details in fuzz.md.";
    } catch (IOException | RuntimeException e) {
      return null;
    }
  }
}
