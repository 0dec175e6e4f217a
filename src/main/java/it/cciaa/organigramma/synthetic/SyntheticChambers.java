package it.cciaa.organigramma.synthetic;

import java.util.ArrayList;
import java.util.List;

/**
 * Deterministic synthetic chambers for tests and benchmarks: the Foggia Allegato C retitled with real chambers' names
 * and reorganised edition after edition (offices renamed, moved, renumbered, merged, split, removed; activities moved,
 * requalified, dropped). Every document says under its title that it is synthetic, imports with the project's
 * importer and validates without Violations. The same seed gives the same bytes; chamber {@code k} does not depend on
 * how many chambers are asked for.
 *
 * <pre>{@code
 * for (SyntheticChamber chamber : SyntheticChambers.generate(5, 42L)) {
 *     for (SyntheticEdition edition : chamber.editions()) {
 *         importer.withEditionDate(edition.date()).importDocument(edition.bytes(), edition.fileName());
 *     }
 * }
 * }</pre>
 */
public final class SyntheticChambers {
    public static final int DEFAULT_MAX_EDITIONS = 5;
    /** The most editions a chamber may be asked for: 6 to 18 months apart, more would run decades ahead. */
    public static final int MOST_EDITIONS = 20;

    private final long seed;
    private final int maxEditions;

    /** A generator of chambers with 1 to {@code maxEditions} editions each. */
    public SyntheticChambers(long seed, int maxEditions) {
        if (maxEditions < 1 || maxEditions > MOST_EDITIONS) {
            throw new IllegalArgumentException("the most editions per chamber must be between 1 and " + MOST_EDITIONS
                    + ", not " + maxEditions);
        }
        this.seed = seed;
        this.maxEditions = maxEditions;
    }

    /** {@code chambers} chambers with 1 to 5 editions each. */
    public static List<SyntheticChamber> generate(int chambers, long seed) {
        return generate(chambers, seed, DEFAULT_MAX_EDITIONS);
    }

    public static List<SyntheticChamber> generate(int chambers, long seed, int maxEditions) {
        if (chambers < 1) {
            throw new IllegalArgumentException("at least one chamber is needed, not " + chambers);
        }
        SyntheticChambers generator = new SyntheticChambers(seed, maxEditions);
        List<SyntheticChamber> generated = new ArrayList<>();
        for (int index = 0; index < chambers; index++) {
            generated.add(generator.chamber(index));
        }
        return generated;
    }

    /** Chamber {@code index} (from 0), on its own: what {@code generate(n, seed).get(index)} gives for any larger n. */
    public SyntheticChamber chamber(int index) {
        if (index < 0) {
            throw new IllegalArgumentException("a chamber's index starts from 0, not " + index);
        }
        return ChamberHistory.generate(index, seed, maxEditions);
    }

    public long seed() {
        return seed;
    }

    public int maxEditions() {
        return maxEditions;
    }
}
