package it.cciaa.organigramma.search;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import java.util.Optional;

/** What a search result is: an organisational unit, a process of the map (levels 1–3), an activity (level 4), a law. */
public enum Kind {
    UNIT("unit", "unita", "Unità organizzativa", "Unità organizzative"),
    PROCESS("process", "processo", "Processo", "Processi"),
    ACTIVITY("activity", "attivita", "Attività", "Attività"),
    LAW("law", "norma", "Norma", "Norme");

    private final String code;
    private final String italianCode;
    private final String label;
    private final String pluralLabel;

    Kind(String code, String italianCode, String label, String pluralLabel) {
        this.code = code;
        this.italianCode = italianCode;
        this.label = label;
        this.pluralLabel = pluralLabel;
    }

    /** The English name used by the JSON API, the index and {@code queries/search/documents.rq}: {@code unit}, … */
    @JsonValue
    public String code() {
        return code;
    }

    /** The Italian name of the {@code tipo} parameter of {@code /cerca}: {@code unita}, {@code processo}, … */
    public String italianCode() {
        return italianCode;
    }

    /** The Italian name for one, for badges. */
    public String label() {
        return label;
    }

    /** The Italian name for many, for filters. */
    public String pluralLabel() {
        return pluralLabel;
    }

    public static Optional<Kind> fromCode(String code) {
        return Arrays.stream(values()).filter(kind -> kind.code.equals(code)).findFirst();
    }

    public static Optional<Kind> fromItalianCode(String italianCode) {
        return Arrays.stream(values()).filter(kind -> kind.italianCode.equals(italianCode)).findFirst();
    }
}
