package it.cciaa.organigramma.edition;

import java.util.List;

/**
 * The history page's data: the editions of one chamber (or of every chamber, chamber by chamber), newest first, with
 * their validity and where to browse and compare each.
 */
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

    /**
     * The history of the given editions (by chamber, in date order, as {@link Editions#all()} gives them); each
     * chamber's newest first, {@code current} the identifiers of the chambers' current editions.
     */
    public static EditionHistory of(List<Edition> editions, List<Edition> currents) {
        java.util.Set<String> currentIds = currents.stream().map(Edition::id)
                .collect(java.util.stream.Collectors.toSet());
        java.util.Map<String, List<Edition>> byChamber = new java.util.LinkedHashMap<>();
        editions.forEach(edition -> byChamber.computeIfAbsent(edition.ente(), e -> new java.util.ArrayList<>())
                .add(edition));
        List<Entry> entries = byChamber.values().stream().flatMap(chamber -> chamber.reversed().stream())
                .map(edition -> new Entry(edition, currentIds.contains(edition.id()),
                        "/organigramma?" + Editions.PARAMETER + "=" + edition.id(),
                        edition.previousKey() == null ? null : "/edizioni/differenze?da=" + edition.previousId()
                                + "&a=" + edition.id()))
                .toList();
        return new EditionHistory(currents.size() == 1 ? currents.getFirst().id() : null, entries);
    }
}
