package it.cciaa.organigramma.edition;

import java.util.List;
import java.util.Optional;

/** The history page's data: every edition, newest first, with its validity and where to browse and compare it. */
public record EditionHistory(String current, List<Entry> editions) {

    /** One edition of the history, with the links of its row (null when there is nothing to link). */
    public record Entry(Edition edition, boolean current, String browse, String differences) {
        public String validFromInWords() {
            return Edition.inWords(edition.validFrom());
        }

        public String validToInWords() {
            return Edition.inWords(edition.validTo());
        }

        public String dateInWords() {
            return Edition.inWords(edition.date());
        }
    }

    /** The history of the given editions (in date order, as {@link Editions#all()} gives them). */
    public static EditionHistory of(List<Edition> editions, Optional<Edition> current) {
        String currentKey = current.map(Edition::key).orElse(null);
        List<Entry> entries = editions.reversed().stream().map(edition -> new Entry(edition,
                edition.key().equals(currentKey), "/organigramma?" + Editions.PARAMETER + "=" + edition.key(),
                edition.previousKey() == null ? null
                        : "/edizioni/differenze?da=" + edition.previousKey() + "&a=" + edition.key()))
                .toList();
        return new EditionHistory(currentKey, entries);
    }
}
