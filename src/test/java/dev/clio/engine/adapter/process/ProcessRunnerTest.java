package dev.clio.engine.adapter.process;

import org.junit.jupiter.api.Nested;

/** The runner's contract with each launcher; native-only behaviour is in {@link NativeLauncherTest}. */
class ProcessRunnerTest {

    @Nested
    class WithNativeLauncher extends ProcessRunnerContract {

        @Override
        Launchers.Choice launcher() {
            return Launchers.Choice.NATIVE;
        }
    }

    @Nested
    class WithJdkLauncher extends ProcessRunnerContract {

        @Override
        Launchers.Choice launcher() {
            return Launchers.Choice.JDK;
        }
    }
}
