package it.cciaa.organigramma.ingest;

/** The kinds of organisational unit in an Allegato C, as in the vocabulary {@code tipologia-unita-organizzativa}. */
public enum UnitKind {
    ENTE("ente", "Ente"),
    AREA("area", "Area"),
    SERVIZIO("servizio", "Servizio"),
    UFFICIO("ufficio", "Ufficio"),
    STAFF("staff", "Staff");

    private final String slug;
    private final String notation;

    UnitKind(String slug, String notation) {
        this.slug = slug;
        this.notation = notation;
    }

    /** The last segment of the kind's concept IRI. */
    public String slug() {
        return slug;
    }

    /** The kind's notation, as printed by the queries. */
    public String notation() {
        return notation;
    }
}
