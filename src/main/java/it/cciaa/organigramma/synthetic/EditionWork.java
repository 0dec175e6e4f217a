package it.cciaa.organigramma.synthetic;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What the changes of one edition share: the draft, the chamber's random source, its code book and the offices
 * already touched. An office takes part in at most one change per edition, so every change stays visible in the
 * edition's graph.
 */
final class EditionWork {
    /** Fewer offices than this and none is merged or removed; more than {@link #MOST_OFFICES}, none is split. */
    static final int FEWEST_OFFICES = 12;
    static final int MOST_OFFICES = 24;

    private final Draft draft;
    private final Random random;
    private final CodeBook codes;
    private final Set<DraftOffice> touched = Collections.newSetFromMap(new IdentityHashMap<>());

    EditionWork(Draft draft, Random random, CodeBook codes) {
        this.draft = draft;
        this.random = random;
        this.codes = codes;
    }

    Draft draft() {
        return draft;
    }

    Random random() {
        return random;
    }

    CodeBook codes() {
        return codes;
    }

    /** The offices no change of this edition has touched yet, in document order. */
    List<DraftOffice> untouched() {
        return draft.offices().filter(office -> !touched.contains(office)).toList();
    }

    void touch(DraftOffice... offices) {
        touched.addAll(List.of(offices));
    }

    long officeCount() {
        return draft.offices().count();
    }

    <T> T pick(List<T> choices) {
        return choices.get(random.nextInt(choices.size()));
    }

    /** The names of the offices other than {@code except}, which a new name must not repeat. */
    Set<String> namesOtherThan(DraftOffice... except) {
        Set<DraftOffice> excluded = Collections.newSetFromMap(new IdentityHashMap<>());
        excluded.addAll(List.of(except));
        return draft.offices().filter(office -> !excluded.contains(office)).map(DraftOffice::name)
                .collect(Collectors.toSet());
    }

    /** Whether the office's Servizio keeps an office if this one leaves it. */
    boolean hasSiblings(DraftOffice office) {
        return draft.servizio(office.servizio()).offices().size() > 1;
    }
}
