package dev.scimharness.provenance;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * No tracked file names a path outside the repository (see {@link OutsidePaths} for what counts): every rule,
 * behaviour and fault must trace to a source a reader of the clone can open.
 */
class NoPathOutsideTheRepositoryTest {
  @Test
  void noTrackedFileNamesAPathOutsideTheRepository() throws IOException {
    Path root = Path.of("").toAbsolutePath();
    List<Path> files = TrackedFiles.under(root);
    assertFalse(files.isEmpty(), "no files found under " + root);
    List<String> findings = new ArrayList<>();
    for (Path f : files) {
      String text = textOf(root.resolve(f));
      if (text == null) {
        continue;
      }
      String[] lines = text.split("\n", -1);
      for (int i = 0; i < lines.length; i++) {
        for (String hit : OutsidePaths.in(lines[i])) {
          findings.add(f + ":" + (i + 1) + ": " + hit);
        }
      }
    }
    assertTrue(findings.isEmpty(), () -> "paths outside the repository (cite a public URL instead):\n  "
        + String.join("\n  ", findings));
  }

  /** The file as UTF-8 text, or null for a binary file (a NUL byte, or bytes that are not UTF-8). */
  private static String textOf(Path file) throws IOException {
    byte[] bytes = Files.readAllBytes(file);
    for (byte b : bytes) {
      if (b == 0) {
        return null;
      }
    }
    try {
      return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
    } catch (CharacterCodingException e) {
      return null;
    }
  }
}
