package dev.scimharness.fuzz;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.scimharness.scim.Json;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/** {@code reports/fuzz.json}: the {@link FuzzReport} for machines; the verdict step reads its findings back. */
public final class FuzzJson {
  private FuzzJson() {}

  public static ObjectNode of(FuzzReport report) {
    ObjectNode o = Json.object().put("target", report.target()).put("seed", report.seed())
        .put("tries", report.tries()).put("findings", report.findings());
    if (report.replay() != null) {
      o.put("replay", report.replay());
    }
    if (report.notRun() != null) {
      o.put("notRun", report.notRun());
    }
    ArrayNode kinds = o.putArray("kinds");
    for (KindResult k : report.kinds()) {
      ObjectNode n = kinds.addObject().put("id", k.kind().resultId()).put("kind", k.kind().wire()).put("tries", k.tries()).put("failed", k.failed())
          .put("setUpFailed", k.setUpFailed()).put("seconds", Math.round(k.seconds() * 100) / 100.0)
          .put("triesPerSecond", Math.round(k.triesPerSecond() * 10) / 10.0);
      counts(n.putObject("outcomes"), k.outcomes());
      counts(n.putObject("choices"), k.choices());
      counts(n.putObject("rules"), k.rules());
      Counterexample c = k.counterexample();
      if (c != null) {
        ObjectNode x = n.putObject("counterexample").put("try", c.tryIndex()).put("found", c.found())
            .put("shrinkSteps", c.shrinkSteps()).put("requestsBeyondSetUp", c.requestsBeyondSetUp());
        x.set("case", c.shrunk().toJson());
        ArrayNode v = x.putArray("violations");
        c.violations().forEach(viol -> v.addObject().put("rule", viol.rule().name()).put("detail", viol.detail()));
        if (c.scriptFile() != null) {
          x.put("script", c.scriptFile());
        }
      }
    }
    return o;
  }

  private static void counts(ObjectNode into, Map<String, Long> counts) {
    counts.forEach(into::put);
  }

  public static void write(FuzzReport report, Path file) {
    try {
      Files.createDirectories(file.toAbsolutePath().getParent());
      Files.writeString(file, Json.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(of(report)) + "\n");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** What the verdict needs of a written report: its findings and why it did not run. */
  public record Outcome(long findings, String notRun) {}

  public static Outcome read(Path file) {
    try {
      JsonNode n = Json.parse(Files.readString(file));
      return new Outcome(n.path("findings").asLong(), n.hasNonNull("notRun") ? n.get("notRun").asText() : null);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
