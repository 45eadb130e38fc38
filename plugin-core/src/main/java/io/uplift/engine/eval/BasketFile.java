package io.uplift.engine.eval;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads a basket file as the evaluation protocol defines it: one basket per line, tokens separated by the regular
 * expression {@code [,\s]+}, empty tokens dropped, a token repeated inside a basket kept once (first occurrence,
 * file order kept). An empty line is an empty basket: it takes part in the split but is never evaluated.
 *
 * <p>The file must be UTF-8 without control characters other than tab and carriage return (so files with Windows
 * line ends read the same). Anything else is refused with a {@link BasketFileException} naming the file and the
 * line, rather than silently turned into odd tokens that would change the figures. A UTF-8 byte order mark at the
 * start of the file is skipped.
 */
public final class BasketFile {

    private static final Pattern SEPARATORS = Pattern.compile("[,\\s]+");
    private static final char BYTE_ORDER_MARK = '\uFEFF';

    private BasketFile() {
    }

    /**
     * @return one unmodifiable token list per line, in file order; never null
     * @throws BasketFileException if the file is missing or unreadable, or a line is not valid UTF-8 or holds a
     *                             control character
     */
    public static List<List<String>> read(Path file) throws BasketFileException {
        String name = file.toString();
        List<List<String>> baskets = new ArrayList<>();
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
            CharsetDecoder utf8 = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT);
            ByteArrayOutputStream line = new ByteArrayOutputStream(256);
            int b;
            while (true) {
                b = in.read();
                if (b == '\n' || (b == -1 && line.size() > 0)) {
                    String text = decode(utf8, line, name, baskets.size() + 1);
                    if (baskets.isEmpty() && !text.isEmpty() && text.charAt(0) == BYTE_ORDER_MARK) {
                        text = text.substring(1);
                    }
                    baskets.add(parseLine(text, name, baskets.size() + 1));
                    line.reset();
                }
                if (b == -1) {
                    break;
                }
                if (b != '\n') {
                    line.write(b);
                }
            }
        } catch (NoSuchFileException e) {
            throw new BasketFileException(name, 0, "no such file", e);
        } catch (BasketFileException e) {
            throw e;
        } catch (IOException e) {
            throw new BasketFileException(name, 0, "cannot be read (" + e + ")", e);
        }
        return Collections.unmodifiableList(baskets);
    }

    private static String decode(CharsetDecoder utf8, ByteArrayOutputStream line, String file, int lineNumber)
            throws BasketFileException {
        try {
            return utf8.reset().decode(ByteBuffer.wrap(line.toByteArray())).toString();
        } catch (CharacterCodingException e) {
            throw new BasketFileException(file, lineNumber, "not valid UTF-8 (" + e.getMessage() + ")", e);
        }
    }

    /**
     * Splits one line into its distinct tokens (first occurrence kept, line order kept).
     *
     * @param file       names the file in an error message
     * @param lineNumber 1-based, names the line in an error message
     * @return an unmodifiable list; empty for an empty or blank line
     * @throws BasketFileException if the line holds a control character other than tab or carriage return
     */
    static List<String> parseLine(String line, String file, int lineNumber) throws BasketFileException {
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (Character.isISOControl(c) && c != '\t' && c != '\r') {
                throw new BasketFileException(file, lineNumber,
                        String.format("control character U+%04X at column %d", (int) c, i + 1), null);
            }
        }
        Set<String> tokens = new LinkedHashSet<>();
        for (String token : SEPARATORS.split(line)) {
            if (!token.isEmpty()) {
                tokens.add(token);
            }
        }
        return Collections.unmodifiableList(new ArrayList<>(tokens));
    }
}
