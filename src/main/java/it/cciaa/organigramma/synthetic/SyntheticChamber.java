package it.cciaa.organigramma.synthetic;

import java.util.List;

/**
 * A synthetic chamber: a real chamber's name on a reorganised copy of the Foggia Allegato C, in 1 or more editions.
 *
 * @param index its place in the generated list, from 0
 * @param slug the chamber's slug in the IRIs the importer mints, as {@code cciaa-di-bari}
 */
public record SyntheticChamber(int index, String name, String slug, List<SyntheticEdition> editions) {
    public SyntheticChamber {
        editions = List.copyOf(editions);
    }
}
