package dev.clio.engine.workflow;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.clio.engine.workflow.Diagnostic.Severity;
import java.math.BigInteger;
import java.util.IdentityHashMap;
import java.util.Set;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * Turns SnakeYAML's composed node graph into a Jackson tree, recording positions. Scalars are resolved with
 * SnakeYAML's own safe constructor (YAML 1.1 rules, as the original's {@code yaml.safe_load}); timestamps and binary
 * stay text. Duplicate keys are reported at the second key (the first value wins); recursive aliases and alias
 * expansion beyond the node budget abort the load.
 */
final class NodeConverter {

    /** Thrown to abandon a document that cannot be represented safely. */
    static final class Abort extends RuntimeException {
        final transient Node node;

        Abort(String message, Node node) {
            super(message, null, false, false);
            this.node = node;
        }
    }

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
    private static final Set<Tag> RESOLVED = Set.of(Tag.INT, Tag.FLOAT, Tag.BOOL, Tag.NULL);

    private static final String RECURSIVE =
            "recursive alias: this anchor contains an alias of itself; YAML anchors must not refer to themselves";

    private final String tooMany;
    private final ScalarValues scalars;
    private final PositionMap positions;
    private final Findings findings;
    private final int maxNodes;
    private int count;

    NodeConverter(LoaderOptions options, PositionMap positions, Findings findings, int maxNodes) {
        this.scalars = new ScalarValues(options);
        this.positions = positions;
        this.findings = findings;
        this.maxNodes = maxNodes;
        this.tooMany = "the document expands to more than " + maxNodes
                + " nodes through aliases (a YAML bomb?); write the values out or use fewer aliases";
    }

    /** Converts the whole document; first sizes it cheaply so that a YAML bomb is refused before expansion. */
    JsonNode convertDocument(Node root) {
        expandedSize(root, new IdentityHashMap<>());
        return convert(root, "");
    }

    /** Nodes after alias expansion, memoised per node so shared subtrees cost once; aborts on cycles or excess. */
    private long expandedSize(Node node, IdentityHashMap<Node, Long> memo) {
        Long known = memo.get(node);
        if (known != null) {
            if (known < 0) {
                throw new Abort(RECURSIVE, node);
            }
            return known;
        }
        memo.put(node, -1L);
        long size = 1;
        if (node instanceof MappingNode m) {
            for (NodeTuple t : m.getValue()) {
                size += expandedSize(t.getKeyNode(), memo) + expandedSize(t.getValueNode(), memo);
                checkBudget(size, node, memo);
            }
        } else if (node instanceof SequenceNode s) {
            for (Node item : s.getValue()) {
                size += expandedSize(item, memo);
                checkBudget(size, node, memo);
            }
        }
        memo.put(node, size);
        return size;
    }

    private void checkBudget(long size, Node node, IdentityHashMap<Node, Long> memo) {
        if (size > maxNodes) {
            // Few distinct nodes but a huge expansion means aliases; otherwise the document is simply too big.
            throw new Abort(memo.size() * 2L < maxNodes ? tooMany : "the document has more than " + maxNodes
                    + " values; split it into smaller workflows", node);
        }
    }

    private JsonNode convert(Node node, String pointer) {
        if (++count > maxNodes) {
            throw new Abort(tooMany, node);
        }
        // Cycles were refused by expandedSize, so this recursion ends.
        positions.putValue(pointer, SourceRange.of(node.getStartMark(), node.getEndMark()));
        return switch (node) {
            case MappingNode m -> mapping(m, pointer);
            case SequenceNode s -> sequence(s, pointer);
            case ScalarNode s -> scalar(s, pointer);
            default -> JSON.nullNode();
        };
    }

    private ObjectNode mapping(MappingNode node, String pointer) {
        ObjectNode out = JSON.objectNode();
        for (NodeTuple tuple : node.getValue()) {
            Node keyNode = tuple.getKeyNode();
            if (!(keyNode instanceof ScalarNode keyScalar)) {
                findings.at(SourceRange.of(keyNode.getStartMark(), keyNode.getEndMark()), Severity.ERROR,
                        "yaml-syntax", pointer, "a mapping key must be a plain value, not a list or mapping");
                continue;
            }
            String key = keyScalar.getValue();
            String child = JsonPointers.child(pointer, key);
            SourceRange keyRange = SourceRange.of(keyNode.getStartMark(), keyNode.getEndMark());
            if (out.has(key)) {
                findings.at(keyRange, Severity.ERROR, "duplicate-key", child,
                        "duplicate key '" + key + "': it is already set in this mapping; remove one of them");
                continue;
            }
            positions.putKey(child, keyRange);
            out.set(key, convert(tuple.getValueNode(), child));
        }
        return out;
    }

    private ArrayNode sequence(SequenceNode node, String pointer) {
        ArrayNode out = JSON.arrayNode();
        int i = 0;
        for (Node item : node.getValue()) {
            out.add(convert(item, JsonPointers.child(pointer, i++)));
        }
        return out;
    }

    private JsonNode scalar(ScalarNode node, String pointer) {
        positions.putScalar(pointer, node);
        Tag tag = node.getTag();
        if (tag.equals(Tag.STR) || tag.equals(Tag.TIMESTAMP) || tag.equals(Tag.BINARY)) {
            return JSON.textNode(node.getValue());
        }
        if (!RESOLVED.contains(tag)) {
            findings.at(SourceRange.of(node.getStartMark(), node.getEndMark()), Severity.ERROR, "yaml-syntax",
                    pointer, "unsupported tag " + tag.getValue() + ": remove the tag");
            return JSON.textNode(node.getValue());
        }
        if (tag.equals(Tag.NULL)) {
            return JSON.nullNode();
        }
        if (tag.equals(Tag.BOOL)) {
            String v = node.getValue().toLowerCase(java.util.Locale.ROOT);
            return JSON.booleanNode(v.equals("true") || v.equals("yes") || v.equals("on"));
        }
        Object value;
        try {
            value = scalars.value(node);
        } catch (YAMLException | NumberFormatException e) {
            return JSON.textNode(node.getValue());
        }
        return switch (value) {
            case null -> JSON.nullNode();
            case Boolean b -> JSON.booleanNode(b);
            case Integer n -> JSON.numberNode(n);
            case Long n -> JSON.numberNode(n);
            case BigInteger n -> JSON.numberNode(n);
            case Double d -> JSON.numberNode(d);
            default -> JSON.textNode(node.getValue());
        };
    }

    /** Exposes the safe constructor's scalar resolution. Not thread-safe; one per load. */
    private static final class ScalarValues extends SafeConstructor {
        ScalarValues(LoaderOptions options) {
            super(options);
        }

        Object value(ScalarNode node) {
            return constructObject(node);
        }
    }
}
