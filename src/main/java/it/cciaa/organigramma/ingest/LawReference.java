package it.cciaa.organigramma.ingest;

import java.util.Optional;

/**
 * A legal act as the text cites it: its kind, year and number, and the article when one is named. An article cited
 * without its act ("ex art. 44") has no kind: it is kept, but cannot be resolved to a law.
 */
public record LawReference(Optional<Kind> kind, int year, int number, Optional<Integer> article) {

    /** Kinds of act, with the authority and type tokens of their URN:NIR (or CELEX, for EU acts). */
    public enum Kind {
        DPR("presidente.repubblica:decreto", "DPR"),
        LEGGE("stato:legge", "L."),
        DECRETO_LEGISLATIVO("stato:decreto.legislativo", "D.Lgs."),
        DECRETO_LEGGE("stato:decreto.legge", "DL"),
        REGOLAMENTO_UE("unione.europea:regolamento", "Reg. (UE)");

        private final String urnTokens;
        private final String abbreviation;

        Kind(String urnTokens, String abbreviation) {
            this.urnTokens = urnTokens;
            this.abbreviation = abbreviation;
        }

        /** The {@code authority:type} part of a URN:NIR. */
        public String urnTokens() {
            return urnTokens;
        }

        /** How Italian texts usually abbreviate the kind. */
        public String abbreviation() {
            return abbreviation;
        }
    }

    /** A short citation form: "L. 689/1981", "art. 21 L. 183/2010", "art. 44". */
    public String shortForm() {
        String articlePart = article.map(a -> "art. " + a).orElse("");
        if (kind.isEmpty()) {
            return articlePart;
        }
        String act = kind.get() == Kind.REGOLAMENTO_UE
                ? kind.get().abbreviation() + " " + year + "/" + number
                : kind.get().abbreviation() + " " + number + "/" + year;
        return articlePart.isEmpty() ? act : articlePart + " " + act;
    }

    /** A key that identifies the act (and article) regardless of how it was written. */
    public String key() {
        return kind.map(Kind::name).orElse("?") + ":" + year + ":" + number + article.map(a -> "~art" + a).orElse("");
    }
}
