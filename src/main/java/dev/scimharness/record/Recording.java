package dev.scimharness.record;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.scimharness.endpoint.ConfigException;
import dev.scimharness.endpoint.Setting;
import dev.scimharness.scim.Json;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * What a recording directory holds besides its mappings, in {@code recording.json}: the run's name prefix and seed
 * (a replay reuses them), the base URL it ran against (its origin is swapped for the replay server's), and how the
 * target behaved where the harness asks it directly: whether it was the embedded server and whether its clock moved.
 */
public record Recording(RunSeed seed, URI baseUrl, boolean embedded, boolean movableClock, int exchanges) {
  public static final String FILE = "recording.json";
  public static final String MAPPINGS = "mappings";
  /** The header a replayed request names its scenario in; the recorded requests never carried it. */
  public static final String SCENARIO_HEADER = "X-Scim-Harness-Scenario";
  /** The bearer token of every replay: recordings never hold the real one. */
  public static final String REPLAY_TOKEN = "scim-harness-replay";

  /** {@code http://host:port} of the base URL: what absolute URLs in the recording start with. */
  public String origin() {
    return origin(baseUrl);
  }

  static String origin(URI uri) {
    return uri.getScheme() + "://" + uri.getRawAuthority();
  }

  void write(Path dir) throws IOException {
    ObjectNode root = Json.MAPPER.createObjectNode();
    root.put("format", 1);
    root.put("namePrefix", seed.namePrefix());
    root.put("seed", seed.seed());
    root.put("baseUrl", baseUrl.toString());
    root.put("embedded", embedded);
    root.put("movableClock", movableClock);
    root.put("exchanges", exchanges);
    Files.writeString(dir.resolve(FILE), Json.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(root) + "\n");
  }

  /** Reads {@code dir/recording.json}; a directory that is not a recording is a {@link ConfigException}. */
  public static Recording read(Path dir) {
    Path file = dir.resolve(FILE);
    if (!Files.isRegularFile(file)) {
      throw new ConfigException(Setting.REPLAY.describe() + " names '" + dir + "', which holds no " + FILE
          + "; make a recording first with -D" + Setting.RECORD.property() + "=" + dir + ".");
    }
    try {
      JsonNode root = Json.MAPPER.readTree(file.toFile());
      if (root == null || !root.path("seed").isIntegralNumber() || !root.path("namePrefix").isTextual()
          || !root.path("baseUrl").isTextual()) {
        throw new ConfigException(file + " is not a recording: it needs namePrefix, seed and baseUrl.");
      }
      return new Recording(new RunSeed(root.get("namePrefix").asText(), root.get("seed").asLong()),
          URI.create(root.get("baseUrl").asText()), root.path("embedded").asBoolean(false),
          root.path("movableClock").asBoolean(false), root.path("exchanges").asInt(0));
    } catch (IOException | IllegalArgumentException e) {
      throw new ConfigException(file + " cannot be read as a recording: " + e.getMessage());
    }
  }
}
