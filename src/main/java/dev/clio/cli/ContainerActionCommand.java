package dev.clio.cli;

import dev.clio.ops.Operation;
import dev.clio.ops.Operations;
import dev.clio.ops.OpsException;
import dev.clio.ops.Resources;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/**
 * {@code containers start | stop | restart | kill NAME...}: one confirmation for all the containers (operation,
 * containers, engine, target, environment), then each in turn; one failure does not stop the others.
 */
abstract class ContainerActionCommand extends OpsCommand {

    @Parameters(arity = "1..*", paramLabel = "NAME", description = "Container names or ids.")
    List<String> names;

    @Mixin
    ConfirmOption confirm;

    @Mixin
    DockerHostOption dockerHost;

    @Override
    Map<String, Map.Entry<String, String>> settingVariables() {
        return dockerHost.variables();
    }

    abstract Operation operation();

    abstract Resources.ActionResult act(Operations ops, String name);

    @Override
    int run(Operations ops, Output out) {
        String verb = operation().id().substring("containers.".length());
        List<String> plan = new ArrayList<>();
        names.forEach(n -> plan.add(verb + " container " + TextTable.clean(n)));
        plan.add("engine:      " + dockerHost.describe(configured(ops), options.workspaceOrNull() == null));
        if (!remediation(ops, out, confirm).approved(operation(), plan)) {
            return ExitCodes.PROBLEMS;
        }
        int code = ExitCodes.OK;
        for (String name : names) {
            try {
                code = Math.max(code, Actions.print(act(ops, name), out));
            } catch (OpsException e) {
                out.err().println("error: " + name + ": " + oneLine(e.getMessage()));
                code = ExitCodes.PROBLEMS;
            }
        }
        return code;
    }

    private static String configured(Operations ops) {
        return ops.config().stream().filter(e -> e.key().equals("docker_host")).map(Resources.ConfigEntry::value)
                .findFirst().orElse("");
    }

    @Command(name = "start", mixinStandardHelpOptions = true,
            description = "Start containers (asks for confirmation; --yes for scripts).")
    static final class Start extends ContainerActionCommand {
        @Override
        Operation operation() {
            return Operation.CONTAINERS_START;
        }

        @Override
        Resources.ActionResult act(Operations ops, String name) {
            return ops.startContainer(name);
        }
    }

    @Command(name = "stop", mixinStandardHelpOptions = true,
            description = "Stop containers, 10 s grace then killed (asks for confirmation; --yes for scripts).")
    static final class Stop extends ContainerActionCommand {
        @Override
        Operation operation() {
            return Operation.CONTAINERS_STOP;
        }

        @Override
        Resources.ActionResult act(Operations ops, String name) {
            return ops.stopContainer(name);
        }
    }

    @Command(name = "restart", mixinStandardHelpOptions = true,
            description = "Restart containers (asks for confirmation; --yes for scripts).")
    static final class Restart extends ContainerActionCommand {
        @Override
        Operation operation() {
            return Operation.CONTAINERS_RESTART;
        }

        @Override
        Resources.ActionResult act(Operations ops, String name) {
            return ops.restartContainer(name);
        }
    }

    @Command(name = "kill", mixinStandardHelpOptions = true,
            description = "Kill running containers (asks for confirmation; --yes for scripts).")
    static final class Kill extends ContainerActionCommand {
        @Override
        Operation operation() {
            return Operation.CONTAINERS_KILL;
        }

        @Override
        Resources.ActionResult act(Operations ops, String name) {
            return ops.killContainer(name);
        }
    }
}
