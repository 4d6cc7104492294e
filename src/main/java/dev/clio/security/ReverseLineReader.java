package dev.clio.security;

import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayDeque;
import java.util.Arrays;

/**
 * Reads a text file's lines from the last to the first in 64 KiB blocks, so "the newest N records" costs a few blocks
 * whatever the file's size. Splitting on the newline byte is safe in UTF-8. Lines longer than 1 MiB come back as
 * {@link #OVERSIZED} instead of filling memory.
 */
final class ReverseLineReader implements Closeable {

    static final String OVERSIZED = "\u0000oversized";
    private static final int BLOCK = 64 * 1024;
    private static final int MAX_LINE = 1024 * 1024;
    private final FileChannel channel;
    private final ArrayDeque<String> ready = new ArrayDeque<>();
    private long position;
    private byte[] carry = new byte[0];
    private boolean carryOversized;

    ReverseLineReader(Path file) throws IOException {
        channel = FileChannel.open(file, StandardOpenOption.READ);
        position = channel.size();
    }

    /** The previous line, or null once the start of the file is passed. */
    String previous() throws IOException {
        while (ready.isEmpty()) {
            if (position == 0) {
                if (carry.length == 0 && !carryOversized) {
                    return null;
                }
                emit(carry, 0, carry.length);
                carry = new byte[0];
                carryOversized = false;
                break;
            }
            readBlock();
        }
        return ready.pollFirst();
    }

    private void readBlock() throws IOException {
        int size = (int) Math.min(BLOCK, position);
        position -= size;
        ByteBuffer buffer = ByteBuffer.allocate(size);
        while (buffer.hasRemaining() && channel.read(buffer, position + buffer.position()) >= 0) {
            // read until the block is full
        }
        byte[] block = buffer.array();
        int end = size;
        ArrayDeque<String> lines = new ArrayDeque<>();
        for (int i = size - 1; i >= 0; i--) {
            if (block[i] == '\n') {
                byte[] joined = join(block, i + 1, end, carry);
                lines.addLast(text(joined, carryOversized));
                carry = new byte[0];
                carryOversized = false;
                end = i;
            }
        }
        carry = join(block, 0, end, carry);
        if (carry.length > MAX_LINE) {
            carry = new byte[0];
            carryOversized = true;
        }
        lines.forEach(this::offer);
    }

    private void emit(byte[] bytes, int from, int to) {
        offer(text(Arrays.copyOfRange(bytes, from, to), carryOversized));
    }

    private void offer(String line) {
        if (!line.isBlank()) {
            ready.addLast(line);
        }
    }

    private static String text(byte[] bytes, boolean oversized) {
        return oversized || bytes.length > MAX_LINE ? OVERSIZED : new String(bytes, StandardCharsets.UTF_8);
    }

    private static byte[] join(byte[] block, int from, int to, byte[] tail) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(to - from + tail.length);
        out.write(block, from, to - from);
        out.write(tail, 0, tail.length);
        return out.toByteArray();
    }

    @Override
    public void close() throws IOException {
        channel.close();
    }
}
