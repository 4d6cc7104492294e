package dev.clio.console.workflows;

/**
 * One workflow file in the tree, with the one validator's verdict on it as saved.
 *
 * @param display the name shown in the tree (relative to its folder)
 */
record FileEntry(FileLocation location, String display, Validity validity, int errors, int warnings) {

    enum Validity { VALID, WARNINGS, ERRORS, UNREADABLE }

    String tooltip() {
        return location.label() + switch (validity) {
            case VALID -> ": valid";
            case WARNINGS -> ": valid, " + warnings + (warnings == 1 ? " warning" : " warnings");
            case ERRORS -> ": " + errors + (errors == 1 ? " error" : " errors")
                    + (warnings > 0 ? ", " + warnings + (warnings == 1 ? " warning" : " warnings") : "");
            case UNREADABLE -> ": cannot be read";
        };
    }

    static Validity of(int errors, int warnings) {
        return errors > 0 ? Validity.ERRORS : warnings > 0 ? Validity.WARNINGS : Validity.VALID;
    }
}
