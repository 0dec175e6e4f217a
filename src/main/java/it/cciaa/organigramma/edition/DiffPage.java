package it.cciaa.organigramma.edition;

import java.util.List;

/**
 * The page of the differences between two editions: which editions, what changed, and how many changes of each kind
 * (the counts at the top of the page, each linking to its section).
 *
 * @param oldKey the identifier of the edition compared from ({@code da})
 * @param newKey the identifier of the edition compared to ({@code a})
 * @param oldLabel how a sentence names the old edition ({@link Edition#label()}), {@code oldTitle} its full name
 * @param newLabel how a sentence names the new edition, {@code newTitle} its full name
 * @param oldEdition the old edition's dataset IRI
 * @param newEdition the new edition's dataset IRI
 * @param noEarlierEdition true when {@code da} was not given and no edition comes before {@code a}: the edition is
 *     then compared with itself
 * @param counts one per kind of change, in the order of the page's sections
 */
public record DiffPage(String oldKey, String newKey, String oldLabel, String newLabel, String oldTitle,
        String newTitle, String oldEdition, String newEdition, boolean noEarlierEdition, List<Count> counts,
        EditionDiff diff) {

    /** How many changes of one kind; {@code id} is the page section's anchor. */
    public record Count(String id, String label, int changes) {}

    static DiffPage of(Edition older, Edition newer, boolean noEarlierEdition, EditionDiff diff) {
        return new DiffPage(older.id(), newer.id(), older.label(), newer.label(), older.title(), newer.title(),
                older.dataset(), newer.dataset(), noEarlierEdition, counts(diff), diff);
    }

    /** How many changes of each kind, in the order of the page's sections. */
    static List<Count> counts(EditionDiff diff) {
        return List.of(
                new Count("unita-aggiunte", "Unità aggiunte", diff.unitsAdded().size()),
                new Count("unita-soppresse", "Unità soppresse", diff.unitsRemoved().size()),
                new Count("unita-rinominate", "Unità rinominate", diff.unitsRenamed().size()),
                new Count("unita-spostate", "Unità spostate", diff.unitsMoved().size()),
                new Count("attivita-assegnate", "Attività assegnate", diff.activitiesAssigned().size()),
                new Count("attivita-ritirate", "Attività ritirate", diff.activitiesWithdrawn().size()),
                new Count("attivita-riqualificate", "Attività riqualificate", diff.activitiesRequalified().size()),
                new Count("processi-dichiarati", "Processi dichiarati", diff.processesDeclared().size()),
                new Count("processi-abbandonati", "Processi non più dichiarati", diff.processesDropped().size()),
                new Count("etichette-cambiate", "Etichette cambiate", diff.labelsChanged().size()));
    }

    /** Whether the page compares an edition with itself. */
    public boolean sameEdition() {
        return oldKey.equals(newKey);
    }

    /** How many changes in all. */
    public int total() {
        return counts.stream().mapToInt(Count::changes).sum();
    }
}
