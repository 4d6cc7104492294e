package dev.clio.engine.workflow;

/**
 * Limits and switches of the {@link WorkflowValidator}. The limits protect the process from hostile input; the
 * defaults are far above what a real workflow needs.
 *
 * @param maxBytes largest document accepted, in bytes (default 1 MiB); checked before parsing
 * @param maxAliasesForCollections how many aliases of mappings or sequences a document may use (YAML bombs)
 * @param maxNestingDepth deepest nesting of mappings and sequences
 * @param maxNodes largest number of nodes after alias expansion
 * @param undeclaredInputsAreErrors true to report a {@code when} that reads an undeclared input as an error instead
 *     of a warning (the original's sample workflows read inputs given only on the command line)
 */
public record ValidatorOptions(
        int maxBytes,
        int maxAliasesForCollections,
        int maxNestingDepth,
        int maxNodes,
        boolean undeclaredInputsAreErrors) {

    public static final int DEFAULT_MAX_BYTES = 1024 * 1024;

    public ValidatorOptions {
        if (maxBytes < 1 || maxAliasesForCollections < 0 || maxNestingDepth < 1 || maxNodes < 1) {
            throw new IllegalArgumentException("validator limits must be positive");
        }
    }

    public static ValidatorOptions defaults() {
        return new ValidatorOptions(DEFAULT_MAX_BYTES, 50, 64, 200_000, false);
    }

    public ValidatorOptions withMaxBytes(int bytes) {
        return new ValidatorOptions(bytes, maxAliasesForCollections, maxNestingDepth, maxNodes,
                undeclaredInputsAreErrors);
    }

    public ValidatorOptions withUndeclaredInputsAreErrors(boolean errors) {
        return new ValidatorOptions(maxBytes, maxAliasesForCollections, maxNestingDepth, maxNodes, errors);
    }
}
