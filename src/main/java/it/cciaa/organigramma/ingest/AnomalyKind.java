package it.cciaa.organigramma.ingest;

/** Defects of the source document that the importer reads through, kept so that validation reports them. */
public enum AnomalyKind {
    MALFORMED_CODE("malformed-code"),
    CELL_IN_WRONG_COLUMN("cell-in-wrong-column"),
    ROW_MISALIGNED("row-misaligned"),
    DUPLICATE_ENTRY("duplicate-entry"),
    FUNCTION_MISALIGNED("function-misaligned"),
    WRAPPED_CELL("wrapped-cell"),
    MISSING_SEPARATOR("missing-separator"),
    UNIT_NAME_VARIANT("unit-name-variant"),
    UNIT_PARENT_CONFLICT("unit-parent-conflict"),
    MARKUP_RESIDUE("markup-residue"),
    UNRECOGNISED_LINE("unrecognised-line"),
    UNKNOWN_FOOTNOTE("unknown-footnote"),
    LAW_UNRESOLVED("law-unresolved"),
    QUALIFIER_IN_LABEL("qualifier-in-label");

    private final String slug;

    AnomalyKind(String slug) {
        this.slug = slug;
    }

    /** The last segment of the kind's concept IRI in the {@code anomalie-sorgente} vocabulary. */
    public String slug() {
        return slug;
    }
}
