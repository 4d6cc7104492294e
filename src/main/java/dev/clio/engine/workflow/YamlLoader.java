package dev.clio.engine.workflow;

import dev.clio.engine.workflow.Diagnostic.Severity;
import java.io.StringReader;
import java.util.List;
import java.util.Optional;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.Node;

/**
 * Loads one YAML (or JSON) document with positions and limits. Never throws for bad input: every problem becomes a
 * diagnostic. Thread-safe; each call uses its own parser.
 */
public final class YamlLoader {

    private final ValidatorOptions options;

    public YamlLoader(ValidatorOptions options) {
        this.options = options;
    }

    /** The result of one load: the document when it could be read, and what was found on the way. */
    public record Outcome(Optional<YamlDocument> document, List<Diagnostic> diagnostics) {
    }

    public Outcome load(String fileLabel, byte[] content) {
        Findings findings = new Findings(fileLabel);
        return new Outcome(Optional.ofNullable(load(content, findings)), findings.sorted());
    }

    public YamlDocument load(byte[] content, Findings findings) {
        String text = SourceText.decode(content, options.maxBytes(), findings);
        if (text == null) {
            return null;
        }
        if (looksLikeJson(text)) {
            // JSON allows tabs as whitespace and forbids raw tabs inside strings, so this keeps every column.
            text = text.replace('\t', ' ');
        }
        LoaderOptions loaderOptions = loaderOptions();
        Node root;
        try {
            root = new Yaml(loaderOptions).compose(new StringReader(text));
        } catch (MarkedYAMLException e) {
            syntaxError(e, findings);
            return null;
        } catch (YAMLException | StackOverflowError e) {
            findings.at(SourceRange.START, Severity.ERROR, "yaml-limit", "", limitMessage(e));
            return null;
        }
        if (root == null) {
            findings.at(SourceRange.START, Severity.ERROR, "empty", "",
                    "the file has no content (only comments?): a workflow needs at least 'name' and 'steps'");
            return null;
        }
        PositionMap positions = new PositionMap();
        try {
            var tree = new NodeConverter(loaderOptions, positions, findings, options.maxNodes()).convertDocument(root);
            return new YamlDocument(tree, positions, text);
        } catch (NodeConverter.Abort e) {
            Mark start = e.node.getStartMark();
            findings.at(SourceRange.of(start, e.node.getEndMark()), Severity.ERROR, "yaml-limit", "", e.getMessage());
            return null;
        } catch (StackOverflowError e) {
            findings.at(SourceRange.START, Severity.ERROR, "yaml-limit", "", "the document is nested too deeply");
            return null;
        }
    }

    private LoaderOptions loaderOptions() {
        LoaderOptions o = new LoaderOptions();
        o.setAllowDuplicateKeys(false);
        o.setAllowRecursiveKeys(false);
        o.setMaxAliasesForCollections(options.maxAliasesForCollections());
        o.setNestingDepthLimit(options.maxNestingDepth());
        o.setCodePointLimit(Math.max(options.maxBytes(), 1));
        o.setMergeOnCompose(true);
        o.setProcessComments(false);
        return o;
    }

    private static void syntaxError(MarkedYAMLException e, Findings findings) {
        Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
        SourceRange at = mark == null ? SourceRange.START : SourceRange.point(mark.getLine() + 1, mark.getColumn() + 1);
        String problem = e.getProblem() == null ? "invalid YAML" : e.getProblem();
        if (problem.contains("'\\t'") || problem.contains("\\t(TAB)")) {
            findings.at(at, Severity.ERROR, "tab-indent", "",
                    "a tab is used for indentation; YAML allows only spaces there, replace it with spaces");
            return;
        }
        String context = e.getContext() == null ? "" : e.getContext() + ": ";
        findings.at(at, Severity.ERROR, "yaml-syntax", "", "YAML syntax error: " + context + oneLine(problem));
    }

    private static String limitMessage(Throwable e) {
        String m = e.getMessage() == null ? "" : e.getMessage();
        if (e instanceof StackOverflowError || m.contains("Nesting Depth")) {
            return "the document is nested too deeply; flatten it";
        }
        if (m.contains("aliases")) {
            return "the document uses too many aliases (a YAML bomb?); write the values out or use fewer aliases";
        }
        if (m.contains("code points")) {
            return "the document is too large";
        }
        return "the document cannot be read: " + oneLine(m);
    }

    private static boolean looksLikeJson(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!Character.isWhitespace(c)) {
                return c == '{' || c == '[';
            }
        }
        return false;
    }

    private static String oneLine(String s) {
        return s.replaceAll("\\s+", " ").trim();
    }
}
