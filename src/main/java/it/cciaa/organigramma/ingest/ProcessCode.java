package it.cciaa.organigramma.ingest;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A code of the Unioncamere process map (A1, A1.1, A1.1.1, A1.1.1.1), read leniently from the start of a cell.
 *
 * <p>The document is a DOCX-to-text conversion and some codes are malformed as written: an extra dot ("A.1.3"), a
 * missing dot ("C27"), a trailing dot ("A1.1.PIANIFICAZIONE") or a trailing colon ("C2.7.5:"). {@link #read} keeps
 * the code as written and derives the canonical notation.
 */
public record ProcessCode(String canonical, String asWritten, String rest) {

    /** Letter, optional stray dot, digits, dotted parts, optional stray trailing dot or colon. */
    private static final Pattern LENIENT =
            Pattern.compile("^([A-F])(\\.?)(\\d{1,2})((?:\\.\\d{1,2}){0,3})(\\.(?=\\D|$))?(:)?(?=[\\s\\p{L}(*]|$)");

    private static final Pattern CANONICAL = Pattern.compile("^[A-F][1-9](\\.\\d+){0,3}$");

    /** Reads a code at the start of {@code cell}; empty when the cell does not start with one. */
    public static Optional<ProcessCode> read(String cell) {
        Matcher m = LENIENT.matcher(cell);
        if (!m.find()) {
            return Optional.empty();
        }
        String digits = m.group(3);
        String parts = m.group(4);
        if (digits.length() == 2) { // "C27": a level-1 code is one letter and one digit, so a dot went missing
            parts = "." + digits.charAt(1) + parts;
            digits = digits.substring(0, 1);
        }
        if (digits.equals("0")) {
            return Optional.empty();
        }
        String canonical = m.group(1) + digits + parts;
        return Optional.of(new ProcessCode(canonical, m.group(), cell.substring(m.end())));
    }

    /** Whether {@code notation} is a well-formed canonical code. */
    public static boolean isCanonical(String notation) {
        return CANONICAL.matcher(notation).matches();
    }

    /** Level 1 to 4: the number of dot-separated parts. */
    public int level() {
        return canonical.split("\\.").length;
    }

    /** The code of the parent process, derived from the code itself; empty at level 1. */
    public Optional<String> parent() {
        int dot = canonical.lastIndexOf('.');
        return dot < 0 ? Optional.empty() : Optional.of(canonical.substring(0, dot));
    }

    /** The code of this process's ancestor at {@code level} (its own code when the level is its own). */
    public String ancestorAt(int level) {
        String[] parts = canonical.split("\\.");
        return String.join(".", java.util.Arrays.copyOf(parts, Math.min(level, parts.length)));
    }

    /** The letter of the macro-function, which names the institutional function (A–D of DPR 254/2005, E, F). */
    public String functionLetter() {
        return canonical.substring(0, 1);
    }

    /** Whether the code was written differently from its canonical notation. */
    public boolean isMalformed() {
        return !asWritten.equals(canonical);
    }
}
