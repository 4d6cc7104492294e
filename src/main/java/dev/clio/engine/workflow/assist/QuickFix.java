package dev.clio.engine.workflow.assist;

/** A fix for one diagnostic: what the menu says and the edit it makes. */
public record QuickFix(String title, TextEdit edit) {
}
