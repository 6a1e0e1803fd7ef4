package dev.scimharness.steps.conformance;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A scenario's stable id in the reports: its {@code @id-…} tag (fixed when the scenario was written, so renames
 * and level changes keep it), and for a row of a Scenario Outline the tag, a slash and a short hash of the row's
 * cells. A scenario without the tag falls back to {@code uri::name}, the id reports used before the tags.
 */
final class ScenarioIds {
  static final String TAG = "@id-";
  private final Map<URI, List<String>> lines = new ConcurrentHashMap<>();

  String of(URI uri, String relativeUri, String name, int line, List<String> tags) {
    String tag = tags.stream().filter(t -> t.startsWith(TAG)).findFirst().orElse(null);
    if (tag == null) {
      return relativeUri + "::" + name;
    }
    String id = tag.substring(1);
    String row = row(uri, line);
    return row == null ? id : id + "/" + rowKey(row);
  }

  /** The Examples row at {@code line}, or {@code null} when the line is not one (a plain scenario). */
  private String row(URI uri, int line) {
    List<String> text = lines.computeIfAbsent(uri, ScenarioIds::read);
    if (line < 1 || line > text.size()) {
      return null;
    }
    String l = text.get(line - 1).trim();
    return l.startsWith("|") ? l : null;
  }

  /** Six hex digits of the SHA-1 of the row's cells, trimmed and joined by '|': spacing does not change it. */
  static String rowKey(String row) {
    String[] cells = row.trim().replaceAll("^\\||\\|$", "").split("\\|", -1);
    StringBuilder joined = new StringBuilder();
    for (String c : cells) {
      joined.append(c.trim()).append('|');
    }
    try {
      byte[] sha = MessageDigest.getInstance("SHA-1").digest(joined.toString().getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(sha).substring(0, 6);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static List<String> read(URI uri) {
    try {
      return "file".equals(uri.getScheme()) ? Files.readAllLines(Path.of(uri)) : List.of();
    } catch (IOException e) {
      return List.of();
    }
  }
}
