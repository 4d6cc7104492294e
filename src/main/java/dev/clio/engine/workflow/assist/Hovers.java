package dev.clio.engine.workflow.assist;

import dev.clio.engine.adapter.AdapterSpec;
import dev.clio.engine.adapter.ParamSpec;
import java.util.Optional;

/** Hover documentation: a key from the schema (a parameter from its actor), an actor, a {@code when} function. */
public final class Hovers {

    private final Vocabulary vocabulary;
    private final Completions completions;

    public Hovers(Vocabulary vocabulary) {
        this.vocabulary = vocabulary;
        this.completions = new Completions(vocabulary);
    }

    public Optional<Hover> at(String text, int offset) {
        int start = Math.max(0, Math.min(offset, text.length()));
        int end = start;
        while (start > 0 && CursorContext.wordChar(text.charAt(start - 1))) {
            start--;
        }
        while (end < text.length() && CursorContext.wordChar(text.charAt(end))) {
            end++;
        }
        if (start == end) {
            return Optional.empty();
        }
        String word = text.substring(start, end);
        CursorContext c = CursorContext.of(text, end);
        if (c.atKey() && c.partialStart() == c.valueStart()) {
            var doc = completions.keysAt(c).get(word);
            if (doc != null) {
                String body = (doc.description().isEmpty() ? "" : doc.description() + "\n") + doc.summary();
                return Optional.of(new Hover(word, body, start, end));
            }
            return Optional.empty();
        }
        if ("actor".equals(c.key()) && c.stepPath() != null) {
            return vocabulary.actor(word).map(a -> new Hover(a.name(), actorBody(a), c.partialStart(), c.offset()));
        }
        if ("when".equals(c.key())) {
            int s = start;
            int e = end;
            return WhenFunctions.named(word).map(f -> new Hover(f.signature(), f.documentation(), s, e));
        }
        return Optional.empty();
    }

    private static String actorBody(ActorInfo actor) {
        AdapterSpec spec = actor.spec();
        StringBuilder b = new StringBuilder(spec.description()).append('\n').append(actor.detail());
        if (spec.deterministicAlternative() != null) {
            b.append(" · routes to ").append(spec.deterministicAlternative()).append(" under prefer_deterministic");
        }
        if (!spec.params().isEmpty()) {
            b.append("\nwith:");
            for (ParamSpec p : spec.params()) {
                b.append("\n  ").append(p.name()).append(" (").append(p.type()).append(')');
                if (!p.description().isBlank()) {
                    b.append(": ").append(p.description());
                }
            }
        }
        return b.toString();
    }
}
