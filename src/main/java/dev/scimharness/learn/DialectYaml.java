package dev.scimharness.learn;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Writes a learned dialect as a {@code simulators/} YAML file, headed by what was not learned and why. */
public final class DialectYaml {
  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory()
      .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
      .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
      .enable(YAMLGenerator.Feature.ALWAYS_QUOTE_NUMBERS_AS_STRINGS));

  private DialectYaml() {}

  public static String text(LearnedDialect d) {
    StringBuilder out = new StringBuilder();
    out.append("# Learned from ").append(d.requests()).append(" recorded requests by the reference server's ")
        .append("--record-dialect (docs/learned-dialects.md).\n");
    out.append("# Placeholders stand for this run's values; everything else is as the client sent it.\n");
    if (!d.unknown().isEmpty()) {
      out.append("# Not shown by the traffic, written as unknown (the simulator uses its default there):\n");
      d.unknown().forEach(u -> out.append("#   ").append(u).append('\n'));
    }
    try {
      out.append(YAML.writeValueAsString(d.yaml()));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a JSON tree could not be written as YAML", e);
    }
    return out.toString();
  }

  public static void write(LearnedDialect d, Path file) throws IOException {
    Path parent = file.toAbsolutePath().getParent();
    if (parent != null) {
      Files.createDirectories(parent);
    }
    Files.writeString(file, text(d));
  }
}
