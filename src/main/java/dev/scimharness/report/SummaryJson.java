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

/** {@code reports/summary.json}: the machine-readable run, one entry per scenario; also read back as a baseline. */
public final class SummaryJson {
  private SummaryJson() {}

  public static ObjectNode toJson(RunSummary run) {
    ObjectNode root = Json.object();
    root.put("target", run.target());
    root.put("wallMillis", run.wallMillis());
    ObjectNode counts = root.putObject("counts");
    for (Outcome o : Outcome.values()) {
      counts.put(o.word(), run.count(o));
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
            Outcome.valueOf(n.path("status").asText("failed").toUpperCase(java.util.Locale.ROOT)), tags,
            n.hasNonNull("reason") ? n.get("reason").asText() : null,
            n.hasNonNull("exchange") ? n.get("exchange").asText() : null, n.path("millis").asLong()));
      }
      return new RunSummary(root.path("target").asText(), root.path("wallMillis").asLong(), scenarios);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
