package dev.scimharness.provenance;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The files of the repository, as {@code git ls-files} names them. Without git (a source archive) the tree is
 * walked instead, leaving out what a build or a run writes ({@code target/}, the run output under {@code reports/})
 * and the version-control and editor directories.
 */
final class TrackedFiles {
  private static final Set<String> NOT_SOURCE = Set.of(".git", "target", ".idea", ".vscode", "allure-results");

  private TrackedFiles() {}

  static List<Path> under(Path root) {
    List<Path> fromGit = gitLsFiles(root);
    return fromGit != null ? fromGit : walk(root);
  }

  private static List<Path> gitLsFiles(Path root) {
    try {
      Process p = new ProcessBuilder("git", "ls-files", "-z").directory(root.toFile())
          .redirectError(ProcessBuilder.Redirect.DISCARD).start();
      byte[] out = p.getInputStream().readAllBytes();
      if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0) {
        return null;
      }
      return Arrays.stream(new String(out, StandardCharsets.UTF_8).split("\0"))
          .filter(s -> !s.isEmpty())
          .map(Path::of)
          .filter(f -> Files.isRegularFile(root.resolve(f)))
          .toList();
    } catch (IOException e) {
      return null;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return null;
    }
  }

  private static List<Path> walk(Path root) {
    try (Stream<Path> all = Files.walk(root)) {
      return all.filter(Files::isRegularFile)
          .map(root::relativize)
          .filter(f -> NOT_SOURCE.stream().noneMatch(d -> f.startsWith(d)))
          .filter(f -> !f.startsWith("reports") || f.endsWith("README.md"))
          .sorted()
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
