package dev.scimharness.clientreport;

import com.fasterxml.jackson.databind.JsonNode;
import dev.scimharness.scim.Json;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The non-RFC shapes each shipped dialect ({@code simulators/*.yaml}) sends: the lint rules its requests break
 * against the lenient reference server, each with one fragment it sent. The data, {@value #RESOURCE}, is
 * computed by running every dialect's simulator against that server with lint on; DialectShapesTest runs them
 * again and fails when the file is stale.
 */
public final class DialectShapes {
  public static final String RESOURCE = "clientreport/dialect-shapes.json";

  /** One dialect: its name, its title, and rule → a fragment of a request that broke it. */
  public record Shape(String name, String title, Map<String, String> rules) {
    public Shape {
      rules = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(rules));
    }
  }

  private final List<Shape> shapes;

  public DialectShapes(List<Shape> shapes) {
    this.shapes = List.copyOf(shapes);
  }

  public static DialectShapes shipped() {
    try (InputStream in = DialectShapes.class.getClassLoader().getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("no " + RESOURCE + " on the class path");
      }
      return parse(Json.MAPPER.readTree(in));
    } catch (IOException e) {
      throw new UncheckedIOException(RESOURCE + ": " + e.getMessage(), e);
    }
  }

  static DialectShapes parse(JsonNode root) {
    List<Shape> list = new ArrayList<>();
    for (JsonNode d : root.path("dialects")) {
      Map<String, String> rules = new LinkedHashMap<>();
      d.path("rules").fields().forEachRemaining(e -> rules.put(e.getKey(), e.getValue().asText()));
      list.add(new Shape(d.path("name").asText(), d.path("title").asText(), rules));
    }
    return new DialectShapes(list);
  }

  public List<Shape> all() {
    return shapes;
  }

  /** The data file's text for these shapes: stable order, so a stale file shows as a plain diff. */
  public String toJson() {
    var root = Json.object();
    var arr = root.putArray("dialects");
    for (Shape s : shapes) {
      var d = arr.addObject();
      d.put("name", s.name());
      d.put("title", s.title());
      var rules = d.putObject("rules");
      s.rules().forEach(rules::put);
    }
    try {
      return Json.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(root) + "\n";
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The dialects sharing at least one of {@code rules}, most shared first. */
  public List<DialectMatch> like(Collection<String> rules) {
    List<DialectMatch> out = new ArrayList<>();
    for (Shape s : shapes) {
      List<String> shared = rules.stream().filter(s.rules()::containsKey).sorted().toList();
      if (!shared.isEmpty()) {
        out.add(new DialectMatch(s.name(), s.title(), shared));
      }
    }
    out.sort(Comparator.comparing((DialectMatch m) -> m.sharedRules().size()).reversed()
        .thenComparing(DialectMatch::dialect));
    return out;
  }

  /** The fragment {@code dialect} sent that broke {@code rule}, for the report's "like …" lines. */
  public String fragment(String dialect, String rule) {
    return shapes.stream().filter(s -> s.name().equals(dialect)).findFirst()
        .map(s -> s.rules().getOrDefault(rule, "")).orElse("");
  }
}
