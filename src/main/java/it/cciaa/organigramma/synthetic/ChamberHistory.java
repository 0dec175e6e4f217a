package it.cciaa.organigramma.synthetic;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/** The editions of one synthetic chamber, each the previous one reorganised, all drawn from one random source. */
final class ChamberHistory {
    /** Spreads chamber indexes over the seed space, so that neighbouring chambers draw unrelated sequences. */
    private static final long GOLDEN_GAMMA = 0x9E3779B97F4A7C15L;

    private ChamberHistory() {}

    static SyntheticChamber generate(int index, long seed, int maxEditions) {
        Random random = new Random(seed ^ (GOLDEN_GAMMA * (index + 1L)));
        String name = ChamberNames.name(index);
        Draft draft = SourceDraft.foggia();
        CodeBook codes = new CodeBook(draft);
        int editionCount = 1 + random.nextInt(maxEditions);
        LocalDate date = EditionDates.first(index, random);
        List<SyntheticEdition> editions = new ArrayList<>();
        for (int number = 1; number <= editionCount; number++) {
            if (number > 1) {
                date = EditionDates.next(date, random);
            }
            List<String> previousCodes = List.copyOf(draft.officeNames().keySet());
            int changeCount = number == 1 ? 2 + random.nextInt(4) : 1 + random.nextInt(4);
            List<Change> changes = Reorganiser.reorganise(draft, random, codes, changeCount);
            String text = DraftRenderer.render(draft, name, notice(seed, index, number));
            editions.add(new SyntheticEdition(number, date, text, changes, draft.officeNames(),
                    successors(previousCodes, changes)));
        }
        return new SyntheticChamber(index, name, ChamberNames.slug(name), editions);
    }

    /** The line under the chamber's name that says the document is synthetic. */
    static String notice(long seed, int index, int edition) {
        return "DOCUMENTO SINTETICO generato da Organigramma KG (seme %d, camera %d, edizione %d) – non è l'organigramma reale dell'ente"
                .formatted(seed, index, edition);
    }

    /** Follows each previous code through the changes, in the order they were made. */
    private static Map<String, String> successors(List<String> previousCodes, List<Change> changes) {
        Map<String, String> successors = new LinkedHashMap<>();
        previousCodes.forEach(code -> successors.put(code, code));
        for (Change change : changes) {
            switch (change.kind()) {
                case UNIT_MOVED, UNIT_RENUMBERED, UNIT_MERGED ->
                        successors.replaceAll((previous, current) -> change.fromUnits().contains(current)
                                ? change.toUnits().getFirst() : current);
                case UNIT_REMOVED -> successors.values().removeIf(change.fromUnits()::contains);
                default -> { }
            }
        }
        return successors;
    }
}
