package dev.scimharness.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The IdP dialects the jar carries ({@code simulators/*.yaml}), for {@code simulate} started where there is no
 * {@code simulators/} directory: they are copied to a temporary directory the simulator reads like any other.
 */
final class PackagedDialects {
  private static final String DIR = "simulators";

  private PackagedDialects() {}

  /** {@code args} with {@code --simulators DIR} added when the packaged dialects stand in for a missing directory. */
  static String[] complete(String[] args) {
    if (args.length == 0 || !args[0].equals("simulate") || Files.isDirectory(Path.of(DIR))
        || Arrays.stream(args).anyMatch(a -> a.equals("--simulators") || a.startsWith("--simulators="))) {
      return args;
    }
    return copied().map(dir -> {
      List<String> all = new ArrayList<>(List.of(args));
      all.add(1, "--simulators=" + dir);
      return all.toArray(String[]::new);
    }).orElse(args);
  }

  private static void copy(Path from, Path to) throws IOException {
    try (Stream<Path> files = Files.list(from)) {
      for (Path f : files.filter(f -> f.getFileName().toString().endsWith(".yaml")).toList()) {
        Path copy = to.resolve(f.getFileName().toString());
        Files.copy(f, copy, StandardCopyOption.REPLACE_EXISTING);
        copy.toFile().deleteOnExit();
      }
    }
  }

  private static Optional<Path> copied() {
    URL url = PackagedDialects.class.getClassLoader().getResource(DIR);
    if (url == null) {
      return Optional.empty();
    }
    try {
      URI uri = url.toURI();
      Path to = Files.createTempDirectory("scim-harness-dialects");
      to.toFile().deleteOnExit();
      if (!"jar".equals(uri.getScheme())) {
        copy(Path.of(uri), to);
      } else {
        // Closed again, so whoever opens the jar's file system next does not find it open.
        try (FileSystem jar = FileSystems.newFileSystem(uri, Map.of())) {
          copy(jar.provider().getPath(uri), to);
        } catch (FileSystemAlreadyExistsException open) {
          copy(Path.of(uri), to);
        }
      }
      return Optional.of(to);
    } catch (IOException e) {
      throw new UncheckedIOException("the packaged dialects could not be read", e);
    } catch (URISyntaxException e) {
      return Optional.empty();
    }
  }
}
