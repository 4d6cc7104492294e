package dev.clio.engine.workflow;

import com.fasterxml.jackson.databind.JsonNode;

/** A loaded YAML or JSON document: its tree, where each node came from, and the decoded source text. */
public record YamlDocument(JsonNode root, PositionMap positions, String text) {
}
