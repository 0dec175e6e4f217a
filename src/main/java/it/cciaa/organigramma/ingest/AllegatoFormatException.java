package it.cciaa.organigramma.ingest;

/** The input is not an Allegato C organigram this importer can read; {@link #line()} says where it went wrong. */
public class AllegatoFormatException extends Exception {
    private final int line;

    public AllegatoFormatException(int line, String message) {
        super("line " + line + ": " + message);
        this.line = line;
    }

    /** The 1-based line of the document where the problem is. */
    public int line() {
        return line;
    }
}
