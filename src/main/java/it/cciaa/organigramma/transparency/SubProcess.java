package it.cciaa.organigramma.transparency;

/**
 * A level-3 sub-process of the Mappa dei processi under which an office holds activities: its IRI, code
 * ({@code C1.1.1}), name, and how many of its activities the office holds.
 */
public record SubProcess(String iri, String notation, String label, int activities) {

    /** How the table writes it: "C1.1.1 Istruttoria pratiche su istanza di parte…". */
    public String text() {
        return notation + " " + label;
    }
}
