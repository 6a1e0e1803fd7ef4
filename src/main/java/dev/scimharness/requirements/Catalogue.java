package dev.scimharness.requirements;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.scimharness.requirements.Level;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The requirement catalogue: the normative sentences of the specifications the suite checks, one YAML file per
 * document under {@code requirements/} on the class path, listed in {@code requirements/index.txt}. A later RFC
 * (RFC 9865 is next) adds its file to the index; nothing else changes.
 */
public final class Catalogue {
  private static final Pattern ID = Pattern.compile("(\\d+)-([0-9]+(?:\\.[0-9]+)*|[A-Z](?:\\.[0-9]+)*)-r([0-9]+)");
  private static final Pattern DOCUMENT = Pattern.compile("RFC (\\d+)");
  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

  private final Map<String, Requirement> byId;

  private Catalogue(Map<String, Requirement> byId) {
    this.byId = byId;
  }

  private static volatile Catalogue shared;

  /** The catalogue on the class path, read once. */
  public static Catalogue shared() {
    Catalogue c = shared;
    if (c == null) {
      c = load();
      shared = c;
    }
    return c;
  }

  /** The requirements that {@code tags} name ({@code @req-<id>}), in the order of the tags; unknown ids are left out. */
  public List<Requirement> named(Collection<String> tags) {
    return tags.stream().filter(t -> t.startsWith("@req-")).map(t -> byId.get(t.substring(5)))
        .filter(java.util.Objects::nonNull).toList();
  }

  /** The catalogue on the class path; a malformed one fails with every problem listed. */
  public static Catalogue load() {
    List<String> problems = new ArrayList<>();
    Map<String, Requirement> all = new LinkedHashMap<>();
    for (String file : index()) {
      try (InputStream in = resource("requirements/" + file)) {
        read("requirements/" + file, in, all, problems);
      } catch (IOException e) {
        problems.add("requirements/" + file + ": " + e.getMessage());
      }
    }
    return checked(all, problems);
  }

  /** A catalogue from YAML texts by file name, held to the same rules as the one on the class path. */
  static Catalogue of(Map<String, String> yamlByName) {
    List<String> problems = new ArrayList<>();
    Map<String, Requirement> all = new LinkedHashMap<>();
    yamlByName.forEach((name, yaml) ->
        read(name, new java.io.ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)), all, problems));
    return checked(all, problems);
  }

  private static Catalogue checked(Map<String, Requirement> all, List<String> problems) {
    if (!problems.isEmpty()) {
      throw new IllegalStateException("the requirement catalogue is malformed:\n  " + String.join("\n  ", problems));
    }
    return new Catalogue(all);
  }

  public Collection<Requirement> all() {
    return byId.values();
  }

  public Optional<Requirement> find(String id) {
    return Optional.ofNullable(byId.get(id));
  }

  private static List<String> index() {
    List<String> files = new ArrayList<>();
    try (InputStream in = resource("requirements/index.txt");
         BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      for (String line; (line = r.readLine()) != null; ) {
        String t = line.strip();
        if (!t.isEmpty() && !t.startsWith("#")) {
          files.add(t);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return files;
  }

  private static void read(String path, InputStream in, Map<String, Requirement> into, List<String> problems) {
    JsonNode root;
    try {
      root = YAML.readTree(in);
    } catch (IOException e) {
      problems.add(path + ": " + e.getMessage());
      return;
    }
    String document = root.path("document").asText();
    Matcher doc = DOCUMENT.matcher(document);
    if (!doc.matches()) {
      problems.add(path + ": document '" + document + "' is not of the form 'RFC <number>'");
      return;
    }
    String url = root.path("url").asText();
    for (JsonNode n : root.path("requirements")) {
      String id = n.path("id").asText();
      String where = path + ": " + (id.isEmpty() ? "an entry without id" : id);
      Optional<Requirement> r = entry(n, document, doc.group(1), url, where, problems);
      if (r.isPresent() && into.put(id, r.get()) != null) {
        problems.add(where + ": id used twice");
      }
    }
  }

  private static Optional<Requirement> entry(JsonNode n, String document, String number, String url, String where,
      List<String> problems) {
    int before = problems.size();
    String id = n.path("id").asText();
    String section = n.path("section").asText();
    String text = n.path("text").asText().strip().replaceAll("\\s+", " ");
    String reason = n.path("reason").asText(null);
    Matcher m = ID.matcher(id);
    if (!m.matches()) {
      problems.add(where + ": id is not <rfc>-<section>-r<n>");
    } else if (!m.group(1).equals(number) || !m.group(2).equals(section)) {
      problems.add(where + ": id does not match document " + document + " section '" + section + "'");
    }
    if (text.isEmpty()) {
      problems.add(where + ": no text");
    }
    Keyword keyword = Keyword.parse(n.path("keyword").asText()).orElse(null);
    Level level = null;
    if (keyword == null) {
      problems.add(where + ": keyword '" + n.path("keyword").asText() + "' is not an RFC 2119 key word or 'none'");
    } else if (keyword == Keyword.NONE) {
      level = levelField(n, where, problems);
      if (level == null) {
        problems.add(where + ": a sentence without a key word needs a level decision");
      }
      if (reason == null || reason.isBlank()) {
        problems.add(where + ": a sentence without a key word needs the reason for its level");
      }
    } else {
      level = keyword.level().orElseThrow();
      if (!Pattern.compile("\\b" + keyword.words() + "\\b").matcher(text).find()) {
        problems.add(where + ": the text does not contain '" + keyword.words() + "'");
      }
      if (n.has("level") && levelField(n, where, problems) != level) {
        problems.add(where + ": level '" + n.path("level").asText() + "' contradicts the key word " + keyword.words());
      }
    }
    Scope scope = null;
    try {
      scope = n.has("scope") ? Scope.parse(n.path("scope").asText()) : Scope.SERVER;
    } catch (IllegalArgumentException e) {
      problems.add(where + ": scope '" + n.path("scope").asText() + "' is not server, client or untestable");
    }
    if (scope == Scope.UNTESTABLE && (reason == null || reason.isBlank())) {
      problems.add(where + ": an untestable requirement needs the reason");
    }
    if (problems.size() > before) {
      return Optional.empty();
    }
    return Optional.of(new Requirement(id, document, section, keyword, text, level, reason, scope,
        url + "#section-" + section));
  }

  private static Level levelField(JsonNode n, String where, List<String> problems) {
    if (!n.has("level")) {
      return null;
    }
    try {
      return Level.valueOf(n.path("level").asText().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      problems.add(where + ": level '" + n.path("level").asText() + "' is not must, should or may");
      return null;
    }
  }

  private static InputStream resource(String path) throws IOException {
    InputStream in = Catalogue.class.getClassLoader().getResourceAsStream(path);
    if (in == null) {
      throw new IOException("no " + path + " on the class path");
    }
    return in;
  }
}
