package it.cciaa.organigramma.law;

import java.util.List;

/**
 * What the list of laws shows (and its JSON form carries).
 *
 * @param laws every law of the catalogue, by short citation
 * @param unresolvedReferences the references of the document that name no act ("ex art. 44")
 */
public record LawIndex(List<LawSummary> laws, List<UnresolvedReference> unresolvedReferences) {}
