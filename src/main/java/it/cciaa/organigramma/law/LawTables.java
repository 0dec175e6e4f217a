package it.cciaa.organigramma.law;

import static it.cciaa.organigramma.table.Table.column;

import it.cciaa.organigramma.edition.Edition;
import it.cciaa.organigramma.law.LawPage.Citation;
import it.cciaa.organigramma.table.PageTables;
import it.cciaa.organigramma.table.Table;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

/**
 * The tables of the law pages. {@code /norme}: the laws (the main one, {@code norme}) and the references that name
 * no act ({@code riferimenti}). A law's page: who cites it (the main one, {@code citazioni}: processes, units and the
 * rest in one table), its articles the catalogue describes ({@code articoli}) and the concepts that declare it their
 * legal basis ({@code concetti}).
 */
final class LawTables {
    private LawTables() {}

    static PageTables ofIndex(LawIndex index, Edition shown) {
        return new PageTables("norme-" + shown.fileNamePart())
                .with("norme", () -> laws(index.laws()))
                .with("riferimenti", () -> unresolved(index));
    }

    static PageTables ofLaw(LawPage page, Edition shown) {
        String notation = page.law().notation() == null ? "norma" : page.law().notation();
        return new PageTables("norma-" + notation.replaceAll("[^A-Za-z0-9]+", "-").replaceAll("^-|-$", "") + "-"
                + shown.fileNamePart())
                .with("citazioni", () -> citations(page))
                .with("articoli", () -> laws(page.parts()))
                .with("concetti", () -> Table.of(List.of(column("codice", "Codice"),
                        column("denominazione", "Denominazione"), column("iri", "IRI")), page.linkedConcepts(),
                        concept -> Arrays.asList(concept.notation(), concept.label(), concept.iri())));
    }

    private static Table laws(List<LawSummary> laws) {
        return Table.of(List.of(column("norma", "Norma"), column("titolo", "Titolo"), column("data", "Data"),
                column("identificativo", "URN:NIR o CELEX"), column("citazioni", "Citazioni"),
                column("articoloDi", "Articolo di (IRI)"), column("iri", "IRI")), laws,
                law -> Arrays.asList(law.notation(), law.title(), law.date(), law.localId(), law.citations(),
                        law.partOf(), law.iri()));
    }

    private static Table unresolved(LawIndex index) {
        return Table.of(List.of(column("riferimento", "Riferimento"), column("codice", "Codice di ciò a cui si riferisce"),
                column("riferitoA", "Riferito a"), column("riga", "Riga"), column("testo", "Testo come scritto"),
                column("iri", "IRI di ciò a cui si riferisce")), index.unresolvedReferences(),
                reference -> Arrays.asList(reference.textAsWritten(), reference.citedByNotation(),
                        reference.citedByLabel(), reference.sourceLine(), reference.rawText(), reference.citedBy()));
    }

    private static Table citations(LawPage page) {
        List<Citation> all = Stream.of(page.conceptCitations(), page.unitCitations(), page.otherCitations())
                .flatMap(List::stream).toList();
        return Table.of(List.of(column("tipo", "Citata da"), column("codice", "Codice"), column("nome", "Nome"),
                column("citataCome", "Citata come"), column("riga", "Riga"), column("testo", "Testo come scritto"),
                column("iri", "IRI")), all,
                citation -> Arrays.asList(switch (citation.kind()) {
                    case "concept" -> "processo";
                    case "unit" -> "unità";
                    default -> "altro";
                }, citation.citedByNotation(), citation.citedByLabel(), citation.textAsWritten(),
                        citation.sourceLine(), citation.rawText(), citation.citedBy()));
    }
}
