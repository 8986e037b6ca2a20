package dateline.article;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;

/**
 * Turns the bytes of a text input into a string, refusing what is not text. UTF-8 is the default; a byte-order
 * mark selects UTF-16 or UTF-8 explicitly. Line endings become {@code \n}.
 */
public final class TextDecoder {
    private TextDecoder() {
    }

    /**
     * Decodes {@code bytes} read from {@code input}.
     *
     * @throws ArticleReadException if the input is binary or not valid in its encoding
     */
    public static String decode(String input, byte[] bytes) throws ArticleReadException {
        Charset charset = StandardCharsets.UTF_8;
        int offset = 0;
        if (bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF) {
            offset = 3;
        } else if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF) {
            charset = StandardCharsets.UTF_16BE;
            offset = 2;
        } else if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE) {
            charset = StandardCharsets.UTF_16LE;
            offset = 2;
        } else if (looksBinary(bytes)) {
            throw new ArticleReadException(input, "binary data, not text (" + bytes.length + " bytes)");
        }
        CharsetDecoder decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        String text;
        try {
            CharBuffer chars = decoder.decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset));
            text = chars.toString();
        } catch (MalformedInputException e) {
            throw new ArticleReadException(input, "not valid " + charset.name() + " text (bad bytes near byte "
                    + firstBadByte(bytes, offset, charset) + ")");
        } catch (CharacterCodingException e) {
            throw new ArticleReadException(input, "not valid " + charset.name() + " text");
        }
        if (text.indexOf('\0') >= 0) {
            throw new ArticleReadException(input, "binary data, not text (contains NUL characters)");
        }
        return text.replace("\r\n", "\n").replace('\r', '\n');
    }

    private static boolean looksBinary(byte[] bytes) {
        int n = Math.min(bytes.length, 8192);
        int control = 0;
        for (int i = 0; i < n; i++) {
            int b = bytes[i] & 0xFF;
            if (b == 0) {
                return true;
            }
            if (b < 0x09 || (b > 0x0D && b < 0x20)) {
                control++;
            }
        }
        return n > 0 && control * 20 > n;
    }

    private static int firstBadByte(byte[] bytes, int offset, Charset charset) {
        CharsetDecoder decoder = charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, offset, bytes.length - offset);
        CharBuffer out = CharBuffer.allocate(bytes.length + 1);
        var result = decoder.decode(in, out, true);
        return result.isError() ? in.position() : -1;
    }
}
