package dev.clio.console.common.logs;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;

/** Where the last {@code n} lines of a file begin, found by reading backwards in blocks. */
final class TailStart {

    private static final int BLOCK = 64 * 1024;

    private TailStart() {
    }

    static long of(FileChannel channel, int lines) throws IOException {
        long size = channel.size();
        if (lines <= 0) {
            return size;
        }
        ByteBuffer block = ByteBuffer.allocate(BLOCK);
        long end = size;
        int newlines = 0;
        // a final newline ends the last line rather than starting an empty one
        boolean skipLast = true;
        while (end > 0) {
            long start = Math.max(0, end - BLOCK);
            block.clear().limit((int) (end - start));
            channel.read(block, start);
            for (int i = (int) (end - start) - 1; i >= 0; i--) {
                if (block.get(i) == '\n') {
                    if (skipLast && start + i == size - 1) {
                        continue;
                    }
                    if (++newlines == lines) {
                        return start + i + 1;
                    }
                }
            }
            skipLast = false;
            end = start;
        }
        return 0;
    }
}
