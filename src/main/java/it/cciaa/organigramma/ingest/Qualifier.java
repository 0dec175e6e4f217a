package it.cciaa.organigramma.ingest;

import java.util.Optional;

/** How a unit holds an activity, as the footnotes of its section define the asterisk markers. */
public enum Qualifier {
    PER_QUANTO_DI_COMPETENZA("per-quanto-di-competenza", "per quanto di competenza"),
    CON_SUPPORTO_ALTRE_UO("con-supporto-altre-uo", "si avvale del supporto"),
    FRONT_OFFICE("front-office-sportelli-polifunzionali", "front office");

    private final String slug;
    private final String phrase;

    Qualifier(String slug, String phrase) {
        this.slug = slug;
        this.phrase = phrase;
    }

    /** The last segment of the qualifier's concept IRI in the {@code modalita-presidio} vocabulary. */
    public String slug() {
        return slug;
    }

    /** The qualifier a footnote's text defines, recognised by its key phrase; empty when the text names none. */
    public static Optional<Qualifier> definedBy(String footnoteText) {
        String text = footnoteText.toLowerCase(java.util.Locale.ROOT);
        for (Qualifier qualifier : values()) {
            if (text.contains(qualifier.phrase)) {
                return Optional.of(qualifier);
            }
        }
        return Optional.empty();
    }
}
