package it.cciaa.organigramma.organigram;

import static it.cciaa.organigramma.table.Table.column;

import it.cciaa.organigramma.edition.Edition;
import it.cciaa.organigramma.table.PageTables;
import it.cciaa.organigramma.table.Table;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The tables of a unit's page: its activities (the main one, {@code attivita}), the units below it ({@code unita}),
 * the themes and processes it declares ({@code processi}) and the laws it cites ({@code norme}).
 */
final class UnitTables {
    private UnitTables() {}

    /** The tables of {@code page}, as the edition {@code shown} has it; files named after the unit and the edition. */
    static PageTables of(UnitPage page, String slug, Edition shown) {
        return new PageTables("unita-" + slug + "-" + shown.fileNamePart())
                .with("attivita", () -> activities(page))
                .with("unita", () -> subUnits(page))
                .with("processi", () -> declaredProcesses(page))
                .with("norme", () -> laws(page));
    }

    private static Table activities(UnitPage page) {
        return Table.of(List.of(column("codice", "Codice"), column("attivita", "Attività"),
                column("sottoProcesso", "Sotto-processo"), column("processo", "Processo"),
                column("modalita", "Modalità"), column("segno", "Segno nel documento"), column("nota", "Nota"),
                column("condivisaCon", "Condivisa con"), column("riga", "Riga"), column("iri", "IRI")),
                page.activities(), activity -> Arrays.asList(activity.notation(), activity.label(),
                        activity.subProcessNotation(), activity.processNotation(), activity.qualifierLabel(),
                        activity.marker(), activity.editorialNote(), activity.sharedWith().stream()
                                .map(UnitSummary::shortTitle).collect(Collectors.joining("; ")),
                        activity.sourceLine(), activity.iri()));
    }

    private static Table subUnits(UnitPage page) {
        return Table.of(List.of(column("tipo", "Tipo"), column("codice", "Codice"), column("nome", "Nome"),
                column("attivita", "Attività"), column("iri", "IRI")), page.children(),
                child -> Arrays.asList(child.unit().kindLabel(), child.unit().code(), child.unit().name(),
                        child.activities(), child.unit().iri()));
    }

    private static Table declaredProcesses(UnitPage page) {
        return Table.of(List.of(column("codice", "Codice"), column("denominazione", "Tema o processo"),
                column("livello", "Livello"), column("modalita", "Modalità"), column("riga", "Riga"),
                column("iri", "IRI")), page.declaredProcesses(),
                process -> Arrays.asList(process.notation(), process.label(),
                        process.level() == 1 ? "tema" : "processo", process.qualifierLabel(), process.sourceLine(),
                        process.iri()));
    }

    private static Table laws(UnitPage page) {
        return Table.of(List.of(column("norma", "Norma"), column("titolo", "Titolo"),
                column("testo", "Testo come scritto"), column("citataIn", "Citata in"), column("riga", "Riga"),
                column("iri", "IRI della norma")), page.laws(),
                citation -> Arrays.asList(citation.lawNotation(), citation.title(), citation.textAsWritten(),
                        citation.citedByNotation() == null ? "testo dell'unità" : citation.citedByNotation(),
                        citation.sourceLine(), citation.law()));
    }
}
