package it.cciaa.organigramma.ingest;

/**
 * The input is not an Allegato C organigram this importer can read; {@link #line()} says where it went wrong, the
 * message says what in English (the command line's language), {@link #italianMessage()} in Italian (the service's).
 */
public class AllegatoFormatException extends Exception {
    private final int line;
    private final String italian;

    public AllegatoFormatException(int line, String italian, String english) {
        super("line " + line + ": " + english);
        this.line = line;
        this.italian = "riga " + line + ": " + italian;
    }

    /** The message in Italian, with its line. */
    public String italianMessage() {
        return italian;
    }

    /** The 1-based line of the document where the problem is. */
    public int line() {
        return line;
    }
}
