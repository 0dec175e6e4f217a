package it.cciaa.organigramma.edition;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.annotation.JsonUnwrapped;

/**
 * A page's JSON data with the edition it shows: {@code {"edition": {"key": …, "iri": …, "graph": …}, …the page…}}.
 * The page's own fields stay at the top level.
 */
@JsonPropertyOrder({"edition"})
public record EditionData<T>(Edition.Reference edition, @JsonUnwrapped T page) {

    public static <T> EditionData<T> of(Edition edition, T page) {
        return new EditionData<>(edition.reference(), page);
    }
}
