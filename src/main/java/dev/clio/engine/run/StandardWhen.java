package dev.clio.engine.run;

import dev.clio.engine.expr.ConditionContext;
import dev.clio.engine.expr.WhenExpression;
import dev.clio.engine.expr.WhenSyntaxException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/** {@link WhenEvaluator} over the validator's {@link WhenExpression}; each text is parsed once. */
public final class StandardWhen implements WhenEvaluator {

    private final ConcurrentMap<String, WhenExpression> parsed = new ConcurrentHashMap<>();

    @Override
    public boolean evaluate(String expression, ConditionContext context) {
        WhenExpression when;
        try {
            when = parsed.computeIfAbsent(expression, WhenExpression::parse);
        } catch (WhenSyntaxException e) {
            throw new IllegalArgumentException("invalid condition '" + expression + "' at offset " + e.offset() + ": "
                    + e.getMessage(), e);
        }
        return when.evaluate(context);
    }
}
