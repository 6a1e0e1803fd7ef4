package dev.scimharness.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.scimharness.scim.Json;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code reports/summary.json}: the machine-readable run, one entry per scenario and its findings; also read back
 * as a baseline. {@value #SCHEMA_VERSION} is its shape: 2 added the stable scenario ids ({@code @id-…} tags), the
 * blocked and not-run statuses, the run notes and the findings; 3 the {@code waived} status and the findings' ids;
 * a file without the field is version 1. Every version reads back. Besides the scenarios, {@code scenarios} holds the
 * run's IdP lifecycle steps and fuzz kinds when it had them ({@code idp-…}, {@code fuzz-…}; {@link ResultIds}), in
 * the same shape.
 */
public final class SummaryJson {
  public static final int SCHEMA_VERSION = 3;

  private SummaryJson() {}

  public static ObjectNode toJson(RunSummary run) {
    ObjectNode root = Json.object();
    root.put("schemaVersion", SCHEMA_VERSION);
    root.put("target", run.target());
    root.put("wallMillis", run.wallMillis());
    ObjectNode counts = root.putObject("counts");
    for (Outcome o : Outcome.values()) {
      counts.put(o.word(), run.count(o));
    }
    RunNotes notes = run.notes();
    putIfSet(root, "preflightFailure", notes.preflightFailure());
    putIfSet(root, "gaveUp", notes.gaveUp());
    putIfSet(root, "namePrefix", notes.namePrefix());
    putIfSet(root, "sweep", notes.sweep());
    ArrayNode findings = root.putArray("findings");
    for (Finding f : Findings.of(run)) {
      ObjectNode n = findings.addObject();
      n.put("id", f.id());
      n.put("title", f.title());
      n.put("family", f.family());
      n.put("status", f.status());
      putIfSet(n, "scimType", f.scimType());
      n.put("rule", f.rule());
      ArrayNode sections = n.putArray("sections");
      f.sections().forEach(sections::add);
      ArrayNode requirements = n.putArray("requirements");
      f.scenarios().stream().flatMap(s -> s.tags().stream()).filter(t -> t.startsWith("@req-")).distinct()
          .forEach(t -> requirements.add(t.substring(5)));
      putIfSet(n, "example", f.example());
      ArrayNode ids = n.putArray("scenarios");
      f.scenarios().forEach(s -> ids.add(s.id()));
    }
    ArrayNode list = root.putArray("scenarios");
    for (ScenarioResult s : run.scenarios()) {
      ObjectNode n = list.addObject();
      n.put("id", s.id());
      n.put("name", s.name());
      n.put("feature", s.feature());
      n.put("uri", s.uri());
      n.put("line", s.line());
      n.put("status", s.status().word());
      n.put("level", s.level().name().toLowerCase(java.util.Locale.ROOT));
      ArrayNode tags = n.putArray("tags");
      s.tags().forEach(tags::add);
      if (s.reason() != null) {
        n.put("reason", s.reason());
      }
      if (s.exchange() != null) {
        n.put("exchange", s.exchange());
      }
      n.put("millis", s.millis());
    }
    return root;
  }

  private static void putIfSet(ObjectNode n, String field, String value) {
    if (value != null) {
      n.put(field, value);
    }
  }

  public static void write(RunSummary run, Path file) {
    try {
      Files.createDirectories(file.toAbsolutePath().getParent());
      Files.writeString(file, Json.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(toJson(run)));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static RunSummary read(Path file) {
    try {
      JsonNode root = Json.MAPPER.readTree(Files.readString(file));
      List<ScenarioResult> scenarios = new ArrayList<>();
      for (JsonNode n : root.path("scenarios")) {
        List<String> tags = new ArrayList<>();
        n.path("tags").forEach(t -> tags.add(t.asText()));
        scenarios.add(new ScenarioResult(n.path("id").asText(), n.path("name").asText(), n.path("feature").asText(),
            n.path("uri").asText(), n.path("line").asInt(),
            Outcome.parse(n.path("status").asText("failed")), tags,
            n.hasNonNull("reason") ? n.get("reason").asText() : null,
            n.hasNonNull("exchange") ? n.get("exchange").asText() : null, n.path("millis").asLong()));
      }
      RunNotes notes = new RunNotes(text(root, "preflightFailure"), text(root, "gaveUp"), text(root, "namePrefix"),
          text(root, "sweep"));
      return new RunSummary(root.path("target").asText(), root.path("wallMillis").asLong(), scenarios, notes);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String text(JsonNode n, String field) {
    return n.hasNonNull(field) ? n.get(field).asText() : null;
  }
}
