package dev.scimharness.simulator;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Reads dialects from {@code simulators/*.yaml}; a file that does not fit the model names the field. A learned
 * dialect's {@code unknown} values are accepted where {@link Unknowns} allows them.
 */
public final class DialectLoader {
  /** Where dialects live when nothing else is said: {@code simulators/} under the working directory. */
  public static final Path DEFAULT_DIR = Path.of("simulators");

  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory())
      .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

  private final Path dir;

  public DialectLoader(Path dir) {
    this.dir = dir;
  }

  public static DialectLoader standard() {
    return new DialectLoader(DEFAULT_DIR);
  }

  /** A dialect by name ({@code okta}) from the directory, or by path to a YAML file. */
  public Dialect load(String nameOrPath) {
    Path file = nameOrPath.endsWith(".yaml") || nameOrPath.endsWith(".yml")
        ? Path.of(nameOrPath)
        : dir.resolve(nameOrPath + ".yaml");
    if (!Files.isRegularFile(file)) {
      throw new IllegalArgumentException("no dialect \"" + nameOrPath + "\" (looked for " + file.toAbsolutePath()
          + "); known dialects: " + names());
    }
    return read(file);
  }

  public static Dialect read(Path file) {
    try {
      JsonNode tree = YAML.readTree(file.toFile());
      Unknowns.strip(tree);
      Dialect d = YAML.treeToValue(tree == null || tree.isMissingNode() ? NullNode.getInstance() : tree, Dialect.class);
      if (d == null) {
        throw new IllegalArgumentException(file + ": empty, not a dialect");
      }
      String base = file.getFileName().toString().replaceFirst("\\.ya?ml$", "");
      if (!d.name().equals(base)) {
        throw new IllegalArgumentException(file + ": name \"" + d.name() + "\" must match the file name \"" + base + "\"");
      }
      return d;
    } catch (JsonMappingException e) {
      throw new IllegalArgumentException(file + ": " + e.getOriginalMessage() + " at " + e.getPathReference(), e);
    } catch (IOException e) {
      throw new UncheckedIOException(file + " could not be read", e);
    }
  }

  public List<String> names() {
    if (!Files.isDirectory(dir)) {
      return List.of();
    }
    try (Stream<Path> files = Files.list(dir)) {
      return files.map(p -> p.getFileName().toString())
          .filter(n -> n.endsWith(".yaml"))
          .map(n -> n.substring(0, n.length() - 5))
          .sorted()
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public List<Dialect> all() {
    List<Dialect> out = new ArrayList<>();
    for (String n : names()) {
      out.add(load(n));
    }
    return out;
  }
}
