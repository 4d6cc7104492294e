package dev.clio.console.runbooks;

import dev.clio.console.common.Session;
import dev.clio.ops.Health;
import dev.clio.runbook.CommandSteps;
import dev.clio.runbook.RunbookRunner;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;

/**
 * Where the runbook's steps run: the current session, its runner, and (once asked) who the key belongs to.
 *
 * @param identityOrNull the answer of whoami; null until it arrives or when the server does not answer it
 */
record RunTarget(Session session, RunbookRunner runner, CommandSteps commands, Health.Identity identityOrNull) {

    /** Embedded sessions run command steps in this process; remote ones ask the server (its own catalog). */
    static RunTarget of(Session session, Clock clock) {
        Path root = session.embedded() ? session.workspaceOrNull().root() : Path.of(".");
        CommandSteps commands = new CommandSteps(root, System.getenv());
        Optional<CommandSteps> local = session.embedded() ? Optional.of(commands) : Optional.empty();
        return new RunTarget(session, new RunbookRunner(session.operations(), local, session.target(), clock),
                commands, null);
    }

    RunTarget identified(Health.Identity identity) {
        return new RunTarget(session, runner, commands, identity);
    }

    String operator() {
        return identityOrNull == null ? System.getProperty("user.name", "operator") : identityOrNull.identity();
    }

}
