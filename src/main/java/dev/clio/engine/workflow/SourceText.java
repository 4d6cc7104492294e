package dev.clio.engine.workflow;

import dev.clio.engine.workflow.Diagnostic.Severity;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Checks the raw bytes before any parser sees them: size cap, empty file, byte-order marks, NUL bytes and strict UTF-8.
 * Returns the decoded text, or null after reporting why there is none.
 */
final class SourceText {

    private SourceText() {
    }

    static String decode(byte[] bytes, int maxBytes, Findings findings) {
        if (bytes.length > maxBytes) {
            findings.at(SourceRange.START, Severity.ERROR, "file-too-large", "",
                    "the file is larger than the " + maxBytes + "-byte limit; split it or raise the limit");
            return null;
        }
        int start = 0;
        if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
            findings.at(SourceRange.START, Severity.WARNING, "bom", "",
                    "the file starts with a UTF-8 byte-order mark; save it as UTF-8 without BOM");
            start = 3;
        } else if (startsWith(bytes, 0xFE, 0xFF) || startsWith(bytes, 0xFF, 0xFE)) {
            findings.at(SourceRange.START, Severity.ERROR, "encoding", "",
                    "the file is UTF-16 (byte-order mark found); save it as UTF-8");
            return null;
        }
        if (isBlank(bytes, start)) {
            findings.at(SourceRange.START, Severity.ERROR, "empty", "",
                    "the file is empty: a workflow needs at least 'name' and 'steps'");
            return null;
        }
        for (int i = start; i < bytes.length; i++) {
            if (bytes[i] == 0) {
                SourceRange at = positionOfByte(bytes, start, i);
                findings.at(at, Severity.ERROR, "binary", "",
                        "the file contains a NUL byte at line " + at.line() + ", column " + at.column()
                                + ": it is binary, not YAML text");
                return null;
            }
        }
        return strictUtf8(bytes, start, findings);
    }

    private static String strictUtf8(byte[] bytes, int start, Findings findings) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) {
            int bad = in.position();
            SourceRange at = positionOfByte(bytes, start, bad);
            findings.at(at, Severity.ERROR, "encoding", "", String.format(
                    "byte 0x%02X at line %d, column %d is not valid UTF-8; save the file as UTF-8",
                    bytes[bad] & 0xFF, at.line(), at.column()));
            return null;
        }
        decoder.flush(out);
        out.flip();
        return out.toString();
    }

    /** Line and column (in characters) of byte {@code index}; the bytes before it are known to be valid. */
    private static SourceRange positionOfByte(byte[] bytes, int start, int index) {
        String before;
        try {
            before = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPLACE)
                    .decode(ByteBuffer.wrap(bytes, start, index - start)).toString();
        } catch (CharacterCodingException e) {
            before = "";
        }
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < before.length(); i++) {
            if (before.charAt(i) == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        return SourceRange.point(line, before.codePointCount(lineStart, before.length()) + 1);
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private static boolean isBlank(byte[] bytes, int start) {
        for (int i = start; i < bytes.length; i++) {
            byte b = bytes[i];
            if (b != ' ' && b != '\n' && b != '\r' && b != '\t') {
                return false;
            }
        }
        return true;
    }
}
