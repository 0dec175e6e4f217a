package it.cciaa.organigramma.synthetic;

import java.time.LocalDate;
import java.util.List;
import java.util.Random;

/** When synthetic editions take effect: a first date from a small set, then every 6 to 18 months, on the 1st. */
final class EditionDates {
    /** The date of the Foggia edition, which chamber 1 always shares. */
    static final LocalDate FOGGIA_EDITION = LocalDate.of(2025, 1, 1);
    private static final List<LocalDate> FIRST = List.of(LocalDate.of(2022, 1, 1), LocalDate.of(2023, 1, 1),
            LocalDate.of(2023, 7, 1), LocalDate.of(2024, 1, 1), LocalDate.of(2024, 7, 1), FOGGIA_EDITION);

    private EditionDates() {}

    static LocalDate first(int chamberIndex, Random random) {
        LocalDate drawn = FIRST.get(random.nextInt(FIRST.size()));
        return chamberIndex == 1 ? FOGGIA_EDITION : drawn;
    }

    static LocalDate next(LocalDate previous, Random random) {
        return previous.plusMonths(6 + random.nextInt(13));
    }
}
