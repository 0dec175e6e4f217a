package it.cciaa.organigramma.ingest;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/** The lines of a text document, decoded strictly as UTF-8, with the SHA-256 of its bytes. */
public record DocumentText(List<String> lines, String sha256) {

    /** Decodes {@code bytes}; refuses empty, binary and non-UTF-8 content with the line where it shows. */
    public static DocumentText decode(byte[] bytes) throws AllegatoFormatException {
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == 0) {
                throw new AllegatoFormatException(lineAt(bytes, i), "contenuto binario (un byte NUL alla posizione "
                        + i + "): atteso un documento di testo UTF-8", "binary content (a NUL byte at offset " + i
                        + "): expected a UTF-8 text document");
            }
        }
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
        } catch (MalformedInputException e) {
            int offset = firstInvalidOffset(bytes);
            throw new AllegatoFormatException(lineAt(bytes, offset),
                    "non è testo UTF-8 (byte non valido 0x%02X alla posizione %d)".formatted(bytes[offset] & 0xff,
                            offset),
                    "not UTF-8 text (invalid byte 0x%02X at offset %d)".formatted(bytes[offset] & 0xff, offset));
        } catch (CharacterCodingException e) {
            throw new AllegatoFormatException(1, "non è testo UTF-8: " + e.getMessage(),
                    "not UTF-8 text: " + e.getMessage());
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        if (text.isBlank()) {
            throw new AllegatoFormatException(1, "il documento è vuoto", "the document is empty");
        }
        List<String> lines = text.replace("\r\n", "\n").replace('\r', '\n').lines().toList();
        return new DocumentText(lines, sha256(bytes));
    }

    private static int lineAt(byte[] bytes, int offset) {
        int line = 1;
        for (int i = 0; i < offset; i++) {
            if (bytes[i] == '\n') {
                line++;
            }
        }
        return line;
    }

    private static int firstInvalidOffset(byte[] bytes) {
        var decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        var out = java.nio.CharBuffer.allocate(bytes.length + 1);
        var result = decoder.decode(in, out, true);
        return result.isError() ? in.position() : 0;
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }
}
