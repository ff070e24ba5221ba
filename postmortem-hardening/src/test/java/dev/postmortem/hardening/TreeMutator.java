package dev.postmortem.hardening;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Seeded structural mutations of a parsed document: values replaced by values of another type or
 * by edge cases (times without offset, unknown enum ids, huge numbers, empty strings), fields
 * removed, renamed or added, array elements repeated. These reach the binding and invariant
 * checks that byte mutations mostly stop short of.
 */
final class TreeMutator {
  private static final JsonNodeFactory F = JsonNodeFactory.instance;

  private final SplittableRandom random;

  TreeMutator(SplittableRandom random) {
    this.random = random;
  }

  /** Mutates a deep copy of {@code root} one to three times. */
  JsonNode mutate(JsonNode root) {
    JsonNode copy = root.deepCopy();
    int rounds = 1 + random.nextInt(3);
    for (int i = 0; i < rounds; i++) {
      List<JsonNode> containers = new ArrayList<>();
      collect(copy, containers);
      JsonNode target = containers.get(random.nextInt(containers.size()));
      if (target instanceof ObjectNode) {
        mutateObject((ObjectNode) target);
      } else {
        mutateArray((ArrayNode) target);
      }
    }
    return copy;
  }

  private static void collect(JsonNode node, List<JsonNode> out) {
    if (node.isContainerNode()) {
      out.add(node);
      node.forEach(child -> collect(child, out));
    }
  }

  private void mutateObject(ObjectNode o) {
    List<String> names = new ArrayList<>();
    o.fieldNames().forEachRemaining(names::add);
    if (names.isEmpty()) {
      o.set(randomName(), value());
      return;
    }
    String name = names.get(random.nextInt(names.size()));
    switch (random.nextInt(5)) {
      case 0:
        o.remove(name);
        break;
      case 1: {
        JsonNode v = o.remove(name);
        o.set(random.nextBoolean() ? randomName() : name.toUpperCase(java.util.Locale.ROOT), v);
        break;
      }
      case 2:
        o.set(randomName(), value());
        break;
      default:
        o.set(name, value());
        break;
    }
  }

  private void mutateArray(ArrayNode a) {
    if (a.isEmpty() || random.nextInt(4) == 0) {
      a.add(value());
      return;
    }
    int i = random.nextInt(a.size());
    switch (random.nextInt(4)) {
      case 0:
        a.remove(i);
        break;
      case 1:
        a.add(a.get(i).deepCopy());
        break;
      default:
        a.set(i, value());
        break;
    }
  }

  private String randomName() {
    String[] names = {"id", "title", "severity", "extensions", "x-custom", "", "/", "~", "ıd", "İD",
        "internal", "at", "kind", "rootCause", "ledTo", "schemaVersion", "a/b~c"};
    return names[random.nextInt(names.length)];
  }

  /** An edge-case value of a random type. */
  JsonNode value() {
    switch (random.nextInt(22)) {
      case 0: return F.nullNode();
      case 1: return F.booleanNode(random.nextBoolean());
      case 2: return F.numberNode(random.nextLong());
      case 3: return F.numberNode(new BigInteger("123456789012345678901234567890"));
      case 4: return F.numberNode(new BigDecimal("1e-400"));
      case 5: return F.numberNode(-0.0d);
      case 6: return F.textNode("");
      case 7: return F.textNode("2026-10-14T09:14:00");
      case 8: return F.textNode("2026-10-14");
      case 9: return F.textNode("2026-02-30T25:61:00+19:00");
      case 10: return F.textNode("sev9");
      case 11: return F.textNode("SEV2");
      case 12: return F.textNode("ACTİON");
      case 13: return F.textNode("C999");
      case 14: return F.arrayNode();
      case 15: return F.objectNode();
      case 16: return F.arrayNode().add("x").add(1).add(F.nullNode());
      case 17: return F.objectNode().put("id", "x").put("title", "t");
      case 18: return F.textNode("javascript:alert(1)");
      case 19: return F.textNode("-P1D");
      case 20: return F.textNode("\u0000\uFEFF\u202E");
      default: return F.textNode("x".repeat(random.nextInt(200)));
    }
  }
}
