package it.cciaa.organigramma.synthetic;

/** The kinds of change a synthetic edition makes to its chamber's previous edition. */
public enum ChangeKind {
    /** An office takes a new name; its code stays. */
    UNIT_RENAMED("unit-renamed"),
    /** An office moves to another Servizio and takes a code there (2.3 → 3.5). */
    UNIT_MOVED("unit-moved"),
    /** An office takes a new code in its own Servizio (2.3 → 2.5). */
    UNIT_RENUMBERED("unit-renumbered"),
    /** Two offices of a Servizio become one, under the first one's code, with the activities of both. */
    UNIT_MERGED("unit-merged"),
    /** An office gives part of its activities to a new office of the same Servizio. */
    UNIT_SPLIT("unit-split"),
    /** An office is abolished with its activities. */
    UNIT_REMOVED("unit-removed"),
    /** An activity passes from one office to another. */
    ACTIVITY_MOVED("activity-moved"),
    /** An office holds an activity in another way: its footnote marker is added, changed or removed. */
    ACTIVITY_REQUALIFIED("activity-requalified"),
    /** An office no longer lists an activity. */
    ACTIVITY_DROPPED("activity-dropped");

    private final String slug;

    ChangeKind(String slug) {
        this.slug = slug;
    }

    /** The kind's name in {@code changes.json} and in the manifest. */
    public String slug() {
        return slug;
    }
}
