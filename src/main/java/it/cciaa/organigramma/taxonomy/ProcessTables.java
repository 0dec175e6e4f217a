package it.cciaa.organigramma.taxonomy;

import static it.cciaa.organigramma.table.Table.column;

import it.cciaa.organigramma.edition.Edition;
import it.cciaa.organigramma.table.PageTables;
import it.cciaa.organigramma.table.Table;
import it.cciaa.organigramma.taxonomy.ProcessPage.Qualifier;
import java.util.Arrays;
import java.util.List;

/**
 * The tables of a process-map concept's page: the units competent for it (the main one, {@code competenze}: one row
 * per competence), the concepts it comprises ({@code articolazione}), the units that declare they preside over it
 * ({@code presidi}), its labels ({@code denominazioni}), the laws linked to it ({@code norme}) and the lines of the
 * document that name it ({@code righe}).
 */
final class ProcessTables {
    private ProcessTables() {}

    /** The tables of {@code page}, as the edition {@code shown} has it; files named after the code and the edition. */
    static PageTables of(ProcessPage page, Edition shown) {
        return new PageTables("processo-" + page.process().notation() + "-" + shown.fileNamePart())
                .with("competenze", () -> competences(page))
                .with("articolazione", () -> narrower(page))
                .with("presidi", () -> declarations(page))
                .with("denominazioni", () -> labels(page))
                .with("norme", () -> laws(page))
                .with("righe", () -> sourceLines(page));
    }

    private static Table competences(ProcessPage page) {
        return Table.of(List.of(column("unitaCodice", "Codice dell'unità"), column("unita", "Unità"),
                column("attivitaCodice", "Codice dell'attività"), column("attivita", "Attività"),
                column("modalita", "Modalità di presidio"), column("segno", "Segno nel documento"),
                column("denominazione", "Denominazione scritta dall'unità"), column("nota", "Nota"),
                column("riga", "Riga"), column("unitaIri", "IRI dell'unità")), page.competences(),
                competence -> Arrays.asList(competence.unit().notation(), competence.unit().name(),
                        competence.activityNotation(), competence.activityLabel(), label(competence.qualifier()),
                        competence.marker(), competence.labelAsWritten(), competence.editorialNote(),
                        competence.sourceLine(), competence.unit().iri()));
    }

    private static Table narrower(ProcessPage page) {
        return Table.of(List.of(column("codice", "Codice"), column("denominazione", "Denominazione"),
                column("livello", "Livello"), column("attivita", "Attività"),
                column("unita", "Unità competenti"), column("iri", "IRI")), page.narrower(),
                child -> Arrays.asList(child.notation(), child.label(), child.level(), child.activities(),
                        child.units(), child.iri()));
    }

    private static Table declarations(ProcessPage page) {
        return Table.of(List.of(column("unitaCodice", "Codice dell'unità"), column("unita", "Unità"),
                column("modalita", "Modalità di presidio"), column("riga", "Riga"),
                column("unitaIri", "IRI dell'unità")), page.declarations(),
                declaration -> Arrays.asList(declaration.unit().notation(), declaration.unit().name(),
                        label(declaration.qualifier()), declaration.sourceLine(), declaration.unit().iri()));
    }

    private static Table labels(ProcessPage page) {
        return Table.of(List.of(column("denominazione", "Denominazione"), column("tipo", "Tipo"),
                column("unitaCodice", "Codice dell'unità"), column("unita", "Unità"), column("riga", "Riga")),
                page.labels(), label -> Arrays.asList(label.label(), switch (label.kind()) {
                    case "preferred" -> "preferita";
                    case "variant" -> "variante";
                    default -> "come scritta dall'unità";
                }, label.unit() == null ? null : label.unit().notation(),
                        label.unit() == null ? null : label.unit().name(), label.sourceLine()));
    }

    private static Table laws(ProcessPage page) {
        return Table.of(List.of(column("norma", "Norma"), column("titolo", "Titolo"),
                column("citataDa", "Citata da"), column("iri", "IRI della norma")), page.laws(),
                law -> Arrays.asList(law.notation(), law.title(), law.holderNotation(), law.law()));
    }

    private static Table sourceLines(ProcessPage page) {
        return Table.of(List.of(column("riga", "Riga"), column("unitaCodice", "Codice dell'unità"),
                column("unita", "Unità"), column("testo", "Testo come scritto")), page.sourceLines(),
                line -> Arrays.asList(line.line(), line.unit() == null ? null : line.unit().notation(),
                        line.unit() == null ? null : line.unit().name(), line.rawText()));
    }

    private static String label(Qualifier qualifier) {
        return qualifier == null ? null : qualifier.label();
    }
}
