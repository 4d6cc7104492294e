package dev.clio.workspace;

import java.nio.charset.StandardCharsets;

/** One bundled sample workflow: its file name under {@code .ai/workflows/} and its exact bytes. */
public record Sample(String fileName, byte[] content) {

    public Sample {
        content = content.clone();
    }

    @Override
    public byte[] content() {
        return content.clone();
    }

    public String text() {
        return new String(content, StandardCharsets.UTF_8);
    }
}
