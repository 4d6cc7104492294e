package dev.clio.console.runbooks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** User runbooks the console tests write into a workspace's .ai/runbooks. */
final class Fixtures {

    private Fixtures() {
    }

    /** Valid: a secret parameter, an investigation, and a dangerous in-process remediation (a full GC). */
    static final String DISK = """
            id: gc-check
            title: Garbage collection check
            severity: info
            kpis: [memory_usage]
            symptoms: ["The heap keeps growing"]
            params:
              token:
                type: string
                secret: true
                default: s3cr3t-value
              limit:
                type: integer
                default: '20'
                allowed: ['10', '20', '50']
            steps:
              - id: status
                title: Read the system status
                why: Memory and open files
                kind: investigation
                call: system.status
                verdict:
                  - when: {value: memory_percent, op: '>=', than: 0}
                    status: warn
                    say: "Memory {value}: collect garbage"
                    next: collect
              - id: search
                title: Search the logs
                kind: investigation
                call: logs.query
                with: {text: '${params.token}', limit: '${params.limit}'}
              - id: collect
                title: Collect garbage
                kind: remediation
                call: system.gc
                effect: "The JVM runs a full garbage collection"
                dangerous: true
              - id: clean
                title: Clean temporary artifacts
                kind: remediation
                call: artifacts.clean
                effect: "Deletes *.tmp files under artifacts/"
              - id: by-hand
                title: Take a heap dump
                kind: manual
                instructions: "Run jcmd PID GC.heap_dump FILE by hand."
            """;

    /** Invalid: an unknown step kind on line 6. */
    static final String BROKEN = """
            id: broken
            title: Broken
            severity: warning
            steps:
              - id: one
                kind: investigate
                call: health
            """;

    static Path write(Path workspace, String name, String text) throws IOException {
        Path dir = workspace.resolve(".ai/runbooks");
        Files.createDirectories(dir);
        return Files.writeString(dir.resolve(name), text);
    }
}
