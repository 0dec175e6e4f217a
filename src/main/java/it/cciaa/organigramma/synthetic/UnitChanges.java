package it.cciaa.organigramma.synthetic;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The changes to offices a reorganisation makes: rename, move, renumber, merge, split, remove. */
final class UnitChanges {
    private UnitChanges() {}

    static Optional<Change> rename(EditionWork work) {
        List<DraftOffice> candidates = work.untouched();
        if (candidates.isEmpty()) {
            return Optional.empty();
        }
        DraftOffice office = work.pick(candidates);
        String name = OfficeNames.forContent(office.content(), work.namesOtherThan(), work.random());
        office.rename(name);
        work.touch(office);
        return Optional.of(Change.ofUnits(ChangeKind.UNIT_RENAMED, List.of(office.code()), List.of(office.code()),
                Optional.of(name)));
    }

    /** To another Servizio, with the next code there (2.3 → 3.5). */
    static Optional<Change> move(EditionWork work) {
        List<DraftOffice> candidates = work.untouched().stream().filter(work::hasSiblings).toList();
        if (candidates.isEmpty() || work.draft().servizi().size() < 2) {
            return Optional.empty();
        }
        DraftOffice office = work.pick(candidates);
        List<DraftServizio> targets = work.draft().servizi().stream()
                .filter(servizio -> servizio.number() != office.servizio()).toList();
        DraftServizio target = work.pick(targets);
        String oldCode = office.code();
        work.draft().servizio(office.servizio()).remove(office);
        office.renumber(work.codes().next(target.number()));
        target.add(office);
        work.touch(office);
        return Optional.of(Change.ofUnits(ChangeKind.UNIT_MOVED, List.of(oldCode), List.of(office.code()),
                Optional.empty()));
    }

    /** Within its Servizio, with the next code there (2.3 → 2.5). */
    static Optional<Change> renumber(EditionWork work) {
        List<DraftOffice> candidates = work.untouched();
        if (candidates.isEmpty()) {
            return Optional.empty();
        }
        DraftOffice office = work.pick(candidates);
        String oldCode = office.code();
        office.renumber(work.codes().next(office.servizio()));
        work.draft().servizio(office.servizio()).sortOffices();
        work.touch(office);
        return Optional.of(Change.ofUnits(ChangeKind.UNIT_RENUMBERED, List.of(oldCode), List.of(office.code()),
                Optional.empty()));
    }

    /**
     * Two offices of one Servizio into the first: its code, a new name (both names joined, or one for what they do
     * together, never the first one's own), the activities of both.
     */
    static Optional<Change> merge(EditionWork work) {
        if (work.officeCount() <= EditionWork.FEWEST_OFFICES) {
            return Optional.empty();
        }
        List<DraftServizio> candidates = work.draft().servizi().stream()
                .filter(servizio -> untouchedIn(work, servizio).size() >= 2).toList();
        if (candidates.isEmpty()) {
            return Optional.empty();
        }
        DraftServizio servizio = work.pick(candidates);
        List<DraftOffice> offices = new ArrayList<>(untouchedIn(work, servizio));
        DraftOffice first = offices.remove(work.random().nextInt(offices.size()));
        DraftOffice second = work.pick(offices);
        if (Codes.NATURAL_ORDER.compare(first.code(), second.code()) > 0) {
            DraftOffice swap = first;
            first = second;
            second = swap;
        }
        first.editContent().absorb(second.content());
        String name = OfficeNames.forMerger(first.name(), second.name(), first.content(),
                work.namesOtherThan(second), work.random());
        first.rename(name);
        servizio.remove(second);
        work.touch(first, second);
        return Optional.of(Change.ofUnits(ChangeKind.UNIT_MERGED, List.of(first.code(), second.code()),
                List.of(first.code()), Optional.of(name)));
    }

    /** Part of an office's activities (one of its themes, or half its sub-processes) to a new office beside it. */
    static Optional<Change> split(EditionWork work) {
        if (work.officeCount() >= EditionWork.MOST_OFFICES) {
            return Optional.empty();
        }
        List<DraftOffice> candidates = work.untouched().stream()
                .filter(office -> office.content().activities().size() >= 2).toList();
        if (candidates.isEmpty()) {
            return Optional.empty();
        }
        DraftOffice office = work.pick(candidates);
        OfficeContent part = OfficeSplitter.partFor(office.content(), work.random());
        OfficeSplitter.leave(office.editContent(), part);
        String name = OfficeNames.forContent(part, work.namesOtherThan(), work.random());
        DraftOffice created = DraftOffice.created(work.codes().next(office.servizio()), name, part);
        work.draft().servizio(office.servizio()).add(created);
        work.touch(office, created);
        return Optional.of(Change.ofUnits(ChangeKind.UNIT_SPLIT, List.of(office.code()),
                List.of(office.code(), created.code()), Optional.of(name)));
    }

    /** An office abolished with its activities; its Servizio keeps at least one office. */
    static Optional<Change> remove(EditionWork work) {
        if (work.officeCount() <= EditionWork.FEWEST_OFFICES) {
            return Optional.empty();
        }
        List<DraftOffice> candidates = work.untouched().stream().filter(work::hasSiblings).toList();
        if (candidates.isEmpty()) {
            return Optional.empty();
        }
        DraftOffice office = work.pick(candidates);
        work.draft().servizio(office.servizio()).remove(office);
        work.touch(office);
        return Optional.of(Change.ofUnits(ChangeKind.UNIT_REMOVED, List.of(office.code()), List.of(),
                Optional.empty()));
    }

    private static List<DraftOffice> untouchedIn(EditionWork work, DraftServizio servizio) {
        List<DraftOffice> untouched = work.untouched();
        return servizio.offices().stream().filter(untouched::contains).toList();
    }
}
