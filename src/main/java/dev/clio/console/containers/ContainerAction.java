package dev.clio.console.containers;

import dev.clio.ops.Operations;
import dev.clio.ops.Resources;
import java.util.function.BiFunction;

/** The four actions on selected containers, each with its shortcut and the Operations call it makes (audited). */
enum ContainerAction {
    START("start", "Start", "Shortcut+Alt+S", "mdi2p-play", "Starts the selected containers",
            Operations::startContainer),
    STOP("stop", "Stop", "Shortcut+Alt+O", "mdi2s-stop", "Stops the selected containers (10 s grace, then killed)",
            Operations::stopContainer),
    RESTART("restart", "Restart", "Shortcut+Alt+R", "mdi2r-restart", "Restarts the selected containers",
            Operations::restartContainer),
    KILL("kill", "Kill", "Shortcut+Alt+K", "mdi2s-skull-outline",
            "Kills the selected containers at once (SIGKILL, no grace)", Operations::killContainer);

    private final String operation;
    private final String title;
    private final String shortcut;
    private final String icon;
    private final String description;
    private final BiFunction<Operations, String, Resources.ActionResult> call;

    ContainerAction(String operation, String title, String shortcut, String icon, String description,
            BiFunction<Operations, String, Resources.ActionResult> call) {
        this.operation = operation;
        this.title = title;
        this.shortcut = shortcut;
        this.icon = icon;
        this.description = description;
        this.call = call;
    }

    String operation() {
        return operation;
    }

    String title() {
        return title;
    }

    String shortcut() {
        return shortcut;
    }

    String icon() {
        return icon;
    }

    String description() {
        return description;
    }

    /** Blocks until the engine answered; call on an IO thread. */
    Resources.ActionResult apply(Operations operations, String container) {
        return call.apply(operations, container);
    }
}
