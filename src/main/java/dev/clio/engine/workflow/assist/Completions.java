package dev.clio.engine.workflow.assist;

import dev.clio.engine.adapter.ParamSpec;
import dev.clio.engine.workflow.assist.Completion.Kind;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * What may be typed at the cursor of a workflow text: keys the schema allows at that path (an actor's parameters
 * under {@code with}), actor names with their availability, step ids in {@code depends_on} and {@code success(…)},
 * input names in templates and conditions, {@code when} functions and enum values. Works on text that does not parse
 * (it reads the lines, see {@link YamlOutline}). Thread-safe.
 */
public final class Completions {

    private final Vocabulary vocabulary;
    private final SchemaIndex schema = SchemaIndex.workflow();

    public Completions(Vocabulary vocabulary) {
        this.vocabulary = vocabulary;
    }

    /** With the built-in actors and no availability. */
    public static List<Completion> at(String text, int offset) {
        return new Completions(Vocabulary.builtin()).complete(text, offset);
    }

    public List<Completion> complete(String text, int offset) {
        CursorContext c = CursorContext.of(text, offset);
        List<Completion> template = Templates.inside(c);
        if (template != null) {
            return filter(template, c.partial());
        }
        String valueKey = c.valueKey();
        boolean listOfMappings = c.listKey() != null && !keysAt(c).isEmpty();
        if (c.atKey() && (valueKey == null || listOfMappings)) {
            return filter(keys(c), c.partial());
        }
        return filter(values(c, valueKey), c.partial());
    }

    private List<Completion> values(CursorContext c, String key) {
        List<String> stepPath = c.stepPath();
        if (stepPath != null && stepPath.size() + 1 == c.path().size() && "actor".equals(c.key())) {
            return actors(c);
        }
        if (stepPath != null && "depends_on".equals(key)) {
            return StepIds.items(c, false);
        }
        if (stepPath != null && "when".equals(key)) {
            return WhenItems.at(c);
        }
        if (c.key() != null && c.path().size() >= 1) {
            return enumValues(c);
        }
        return List.of();
    }

    private List<Completion> actors(CursorContext c) {
        List<Completion> out = new ArrayList<>();
        for (ActorInfo actor : vocabulary.actors()) {
            String doc = actor.spec().description();
            out.add(new Completion(actor.name(), Kind.ACTOR, actor.detail(), doc,
                    new TextEdit(c.partialStart(), c.offset(), actor.name())));
        }
        return out;
    }

    private List<Completion> enumValues(CursorContext c) {
        List<String> parent = c.path().subList(0, c.path().size() - 1);
        return schema.key(parent, c.key()).map(doc -> doc.values().stream().map(v -> new Completion(v, Kind.VALUE,
                doc.type(), doc.description(), new TextEdit(c.partialStart(), c.offset(), v))).toList())
                .orElse(List.of());
    }

    private List<Completion> keys(CursorContext c) {
        Set<String> present = Siblings.keys(c);
        String indent = " ".repeat(c.keyColumn() + 2);
        List<Completion> out = new ArrayList<>();
        keysAt(c).forEach((key, doc) -> {
            if (!present.contains(key)) {
                String insert = doc.listOfMappings() ? key + ":\n" + indent + "- "
                        : doc.nested() ? key + ":\n" + indent : key + ": ";
                out.add(new Completion(key, Kind.KEY, doc.summary(), doc.description(),
                        new TextEdit(c.partialStart(), c.offset(), insert)));
            }
        });
        return out;
    }

    /** The schema's keys at the cursor's mapping; under a step's {@code with}, its actor's parameters. */
    Map<String, SchemaIndex.KeyDoc> keysAt(CursorContext c) {
        List<String> stepPath = c.stepPath();
        if (stepPath != null && c.path().size() == 3 && c.path().get(2).equals("with")) {
            String actor = Siblings.value(c.document(), stepPath, "actor");
            var spec = vocabulary.actor(actor).map(ActorInfo::spec);
            if (spec.isPresent() && !spec.get().params().isEmpty()) {
                Map<String, SchemaIndex.KeyDoc> params = new java.util.LinkedHashMap<>();
                for (ParamSpec p : spec.get().params()) {
                    params.put(p.name(), new SchemaIndex.KeyDoc(p.name(), p.description(), p.type(), List.of(), null));
                }
                return params;
            }
        }
        return schema.keys(c.path());
    }

    /** Items starting with the word first, then items containing it; case does not matter. */
    static List<Completion> filter(List<Completion> items, String partial) {
        String p = partial.toLowerCase(Locale.ROOT);
        List<Completion> starts = new ArrayList<>();
        List<Completion> contains = new ArrayList<>();
        for (Completion item : items) {
            String label = item.label().toLowerCase(Locale.ROOT);
            if (label.startsWith(p)) {
                starts.add(item);
            } else if (p.length() >= 2 && label.contains(p)) {
                contains.add(item);
            }
        }
        starts.addAll(contains);
        return starts;
    }
}
