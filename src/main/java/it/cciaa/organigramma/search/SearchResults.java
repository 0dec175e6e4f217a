package it.cciaa.organigramma.search;

import java.util.List;
import java.util.Optional;

/**
 * One page of results.
 *
 * @param query the words as searched
 * @param kind the kind the results were restricted to, if any
 * @param chamber the chamber whose units the results were restricted to, if any (what every chamber shares stays)
 * @param total how many results in all (for this kind, if any)
 * @param counts how many results of each kind, whatever the kind asked (in the chamber asked, if any)
 */
public record SearchResults(String query, Optional<Kind> kind, Optional<Chamber> chamber, long total, int offset,
        int limit, List<SearchHit> hits, List<KindCount> counts) {

    /** How many results there are of any kind (the total when no kind was asked). */
    public long totalOfEveryKind() {
        return counts.stream().mapToLong(KindCount::count).sum();
    }

    /** How many results a kind has. */
    public record KindCount(Kind kind, long count) {}
}
