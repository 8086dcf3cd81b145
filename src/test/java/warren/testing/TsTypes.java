package warren.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;

/**
 * Reads the TypeScript declarations of lemmy-js-client and checks JSON against them: every
 * required field present, no field the type lacks, every value of the declared JSON type, enum
 * strings from their union. Covers the forms the 0.19 declarations use.
 */
public final class TsTypes {
  private static final Pattern FIELD = Pattern.compile("^\\s+(\\w+)(\\??): (.+);$");
  private static final Pattern ALIAS = Pattern.compile("^export type (\\w+) = (.+);$");
  private static final Pattern INTERFACE = Pattern.compile("^export interface (\\w+) \\{$");

  private record Field(String type, boolean optional) {}

  private final Map<String, Map<String, Field>> interfaces = new HashMap<>();
  private final Map<String, String> aliases = new HashMap<>();

  public TsTypes(Path dir) {
    try (var files = Files.list(dir)) {
      for (Path f : files.filter(p -> p.toString().endsWith(".d.ts")).toList()) read(Files.readAllLines(f));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void read(List<String> lines) {
    String current = null;
    for (String line : lines) {
      Matcher m;
      if ((m = INTERFACE.matcher(line)).matches()) {
        current = m.group(1);
        interfaces.put(current, new LinkedHashMap<>());
      } else if (current != null && line.equals("}")) {
        current = null;
      } else if (current != null && (m = FIELD.matcher(line)).matches()) {
        interfaces.get(current).put(m.group(1), new Field(m.group(3).trim(), !m.group(2).isEmpty()));
      } else if ((m = ALIAS.matcher(line)).matches()) {
        aliases.put(m.group(1), m.group(2).trim());
      }
    }
  }

  public boolean knows(String type) {
    return interfaces.containsKey(type) || aliases.containsKey(type);
  }

  /** The strings of a union of string literals, such as {@code SortType}. */
  public Set<String> literals(String alias) {
    String def = aliases.get(alias);
    if (def == null) throw new IllegalArgumentException("no alias " + alias);
    List<String> out = new ArrayList<>();
    Matcher m = Pattern.compile("\"([^\"]*)\"").matcher(def);
    while (m.find()) out.add(m.group(1));
    return Set.copyOf(out);
  }

  /** Every mismatch between {@code json} and {@code type}, as readable paths; empty when it fits. */
  public List<String> check(String type, JsonNode json) {
    List<String> problems = new ArrayList<>();
    check(type, json, "$", problems);
    return problems;
  }

  private void check(String type, JsonNode v, String path, List<String> out) {
    if (type.startsWith("Array<") && type.endsWith(">")) {
      if (!v.isArray()) {
        out.add(path + ": expected array (" + type + "), got " + v.getNodeType());
        return;
      }
      String element = type.substring(6, type.length() - 1);
      for (int i = 0; i < v.size(); i++) check(element, v.get(i), path + "[" + i + "]", out);
      return;
    }
    switch (type) {
      case "string" -> expect(v.isString(), path, type, v, out);
      case "number" -> expect(v.isNumber(), path, type, v, out);
      case "boolean" -> expect(v.isBoolean(), path, type, v, out);
      default -> {
        if (type.contains("|")) {
          checkUnion(type, v, path, out);
        } else if (aliases.containsKey(type)) {
          check(aliases.get(type), v, path, out);
        } else if (interfaces.containsKey(type)) {
          checkObject(type, v, path, out);
        } else {
          out.add(path + ": unknown type " + type);
        }
      }
    }
  }

  private void checkUnion(String type, JsonNode v, String path, List<String> out) {
    List<String> options = List.of(type.split("\\s*\\|\\s*"));
    if (options.stream().allMatch(o -> o.startsWith("\""))) {
      if (!v.isString() || !options.contains("\"" + v.asString() + "\"")) {
        out.add(path + ": " + v + " is not one of " + type);
      }
      return;
    }
    for (String o : options) {
      if (o.equals("null") && v.isNull()) return;
      List<String> trial = new ArrayList<>();
      if (!o.equals("null")) check(o, v, path, trial);
      if (trial.isEmpty() && !o.equals("null")) return;
    }
    out.add(path + ": " + v.getNodeType() + " fits none of " + type);
  }

  private void checkObject(String type, JsonNode v, String path, List<String> out) {
    if (!v.isObject()) {
      out.add(path + ": expected object " + type + ", got " + v.getNodeType());
      return;
    }
    Map<String, Field> fields = interfaces.get(type);
    for (var e : fields.entrySet()) {
      JsonNode child = v.get(e.getKey());
      if (child == null) {
        if (!e.getValue().optional()) out.add(path + "." + e.getKey() + ": required by " + type + " but missing");
      } else if (child.isNull()) {
        out.add(path + "." + e.getKey() + ": null (Lemmy leaves absent values out)");
      } else {
        check(e.getValue().type(), child, path + "." + e.getKey(), out);
      }
    }
    for (String name : v.propertyNames()) {
      if (!fields.containsKey(name)) out.add(path + "." + name + ": not a field of " + type);
    }
  }

  private static void expect(boolean ok, String path, String type, JsonNode v, List<String> out) {
    if (!ok) out.add(path + ": expected " + type + ", got " + v.getNodeType() + " " + v);
  }
}
