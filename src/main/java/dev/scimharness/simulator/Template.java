package dev.scimharness.simulator;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.scimharness.scim.Json;
import java.util.Iterator;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Fills {@code ${name}} placeholders. A string that is exactly one placeholder takes the variable's JSON
 * value (so {@code "${members}"} becomes an array and {@code "${active}"} a boolean); a placeholder inside
 * a longer string is replaced by the variable's text. Keys are never rewritten: IdPs' odd keys
 * ({@code "name.givenName"}, {@code "$ref"}) travel as written.
 */
public final class Template {
  private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([A-Za-z][A-Za-z0-9_]*)}");

  private Template() {}

  public static String text(String template, Vars vars) {
    Matcher m = PLACEHOLDER.matcher(template);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      JsonNode v = lookup(m.group(1), vars);
      m.appendReplacement(out, Matcher.quoteReplacement(v.isTextual() ? v.textValue() : v.toString()));
    }
    m.appendTail(out);
    return out.toString();
  }

  public static JsonNode render(JsonNode template, Vars vars) {
    if (template == null) {
      return null;
    }
    if (template.isTextual()) {
      String s = template.textValue();
      Matcher whole = PLACEHOLDER.matcher(s);
      if (whole.matches()) {
        return lookup(whole.group(1), vars).deepCopy();
      }
      return TextNode.valueOf(text(s, vars));
    }
    if (template.isObject()) {
      ObjectNode out = Json.object();
      for (Iterator<Map.Entry<String, JsonNode>> it = template.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> e = it.next();
        out.set(e.getKey(), render(e.getValue(), vars));
      }
      return out;
    }
    if (template.isArray()) {
      ArrayNode out = Json.NODES.arrayNode();
      template.forEach(item -> out.add(render(item, vars)));
      return out;
    }
    return template.deepCopy();
  }

  /** Sets the value at a JSON Pointer, creating the objects on the way ({@code /name/familyName}). */
  public static void set(ObjectNode root, String pointer, JsonNode value) {
    JsonPointer p = JsonPointer.compile(pointer);
    if (p.matches()) {
      throw new IllegalArgumentException("set needs a JSON Pointer below the root, not \"" + pointer + "\"");
    }
    ObjectNode parent = root;
    JsonPointer rest = p;
    while (!rest.tail().matches()) {
      String key = rest.getMatchingProperty();
      JsonNode child = parent.get(key);
      if (child == null || !child.isObject()) {
        child = parent.putObject(key);
      }
      parent = (ObjectNode) child;
      rest = rest.tail();
    }
    parent.set(rest.getMatchingProperty(), value);
  }

  private static JsonNode lookup(String name, Vars vars) {
    JsonNode v = vars.get(name);
    if (v == null) {
      throw new IllegalArgumentException("the dialect uses ${" + name + "}, which has no value in this step");
    }
    return v;
  }
}
