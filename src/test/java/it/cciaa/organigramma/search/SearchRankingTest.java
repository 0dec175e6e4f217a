package it.cciaa.organigramma.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.io.IOException;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Search and completion over a small in-memory index of names as the Foggia document writes them. */
class SearchRankingTest {
    private static final String UNIT = "https://w3id.org/organigramma-kg/data/organization/support-unit/cciaa-di-foggia/";
    private static final String MAP = "https://w3id.org/organigramma-kg/controlled-vocabulary/mappa-processi/2024/";
    private static final String DPR_254 = "https://www.gazzettaufficiale.it/eli/id/2005/12/16/005G0279/sg";

    static final List<SearchDocument> DOCUMENTS = List.of(
            unit("ufficio-2-2", "TRIBUTI", "2.2", List.of(), ""),
            unit("ufficio-2-1", "GESTIONE RISORSE ECONOMICHE E FINANZIARIE", "2.1", List.of(),
                    "L'ufficio cura la contabilità dell'ente e i pagamenti.\n\nRiscuote inoltre i tributi camerali "
                            + "e segue il contenzioso che ne nasce davanti alle commissioni competenti."),
            unit("ufficio-1-4", "SVILUPPO IMPRESE E COMPETITIVITA' DEL TERRITORIO", "1.4",
                    List.of("SVILUPPO IMPRESE E COMPETITIVITÀ DEL TERRITORIO"), ""),
            unit("ufficio-4-1", "REGISTRO IMPRESE", "4.1", List.of(), ""),
            concept(Kind.PROCESS, "B3.1", "DIRITTO ANNUALE", List.of("DIRITTO ANNUALE E TRIBUTI")),
            concept(Kind.PROCESS, "B3.2", "CONTABILITÀ E FINANZA", List.of()),
            concept(Kind.PROCESS, "A1.1", "PIANIFICAZIONE, MONITORAGGIO E CONTROLLO DELL'ENTE", List.of()),
            concept(Kind.PROCESS, "C1.1", "GESTIONE DEL REGISTRO DELLE IMPRESE, ALBI ED ELENCHI", List.of()),
            concept(Kind.PROCESS, "C2.7.5",
                    "Servizi di composizione negoziata per la soluzione della crisi d'impresa (ex DL 118/21)", List.of()),
            concept(Kind.ACTIVITY, "C2.7.5.1", "Gestione istanze composizione negoziata crisi di impresa", List.of()),
            concept(Kind.ACTIVITY, "C1.1.2.1", "Interrogazione del Registro Imprese e altre attività di sportello",
                    List.of()),
            concept(Kind.ACTIVITY, "A2.1.1.1", "Ricorsi giurisdizionali in commissione tributaria", List.of()),
            new SearchDocument(DPR_254, Kind.LAW, "Decreto del Presidente della Repubblica 2 novembre 2005, n. 254 – "
                    + "Regolamento per la disciplina della gestione patrimoniale e finanziaria delle camere di commercio",
                    List.of("DPR 254/05"), "DPR 254/2005", "", ""));

    private static IndexSnapshot index;

    static SearchDocument unit(String slug, String label, String code, List<String> otherLabels, String description) {
        return new SearchDocument(UNIT + slug, Kind.UNIT, label, otherLabels, code, description, "Ufficio");
    }

    static SearchDocument concept(Kind kind, String code, String label, List<String> otherLabels) {
        return new SearchDocument(MAP + code, kind, label, otherLabels, code, "",
                kind == Kind.ACTIVITY ? "Attività (azione)" : "Funzione (processo)");
    }

    @BeforeAll
    static void build() {
        index = IndexSnapshot.build(DOCUMENTS);
    }

    @AfterAll
    static void free() {
        index.release();
    }

    private static SearchResults search(String text) throws IOException {
        return index.search(new SearchRequest(text, Optional.empty(), Optional.empty(), 0, 20));
    }

    private static List<String> iris(String text) throws IOException {
        return search(text).hits().stream().map(SearchHit::iri).toList();
    }

    @Test
    void wordsWithoutTheirAccentFindTheAccentedOnesAndBack() throws IOException {
        assertThat(iris("attivita sportello")).containsExactly(MAP + "C1.1.2.1");
        assertThat(iris("attivita")).first().isEqualTo(MAP + "C1.1.2.1");
        assertThat(iris("competitività")).containsExactly(UNIT + "ufficio-1-4");
        assertThat(iris("CONTABILITA'")).first().isEqualTo(MAP + "B3.2");
        assertThat(iris("Contabilita")).isEqualTo(iris("contabilità"));
    }

    @Test
    void anAdjectiveFindsItsAbstractNoun() throws IOException {
        assertThat(iris("contabile")).contains(MAP + "B3.2", UNIT + "ufficio-2-1");
    }

    @Test
    void elidedArticlesDoNotStandInTheWay() throws IOException {
        assertThat(iris("controllo dell'ente")).first().isEqualTo(MAP + "A1.1");
        assertThat(iris("crisi d’impresa")).containsExactlyInAnyOrder(MAP + "C2.7.5", MAP + "C2.7.5.1");
        assertThat(iris("l'impresa negoziata")).isEqualTo(iris("impresa negoziata"));
    }

    @Test
    void aMatchInTheLabelRanksAboveOtherNamesAndAboveTheDescription() throws IOException {
        assertThat(iris("tributi")).startsWith(UNIT + "ufficio-2-2", MAP + "B3.1")
                .contains(UNIT + "ufficio-2-1");
        assertThat(iris("tributi").indexOf(UNIT + "ufficio-2-1")).isGreaterThan(1);
    }

    @Test
    void everyWordMustMatchSomewhere() throws IOException {
        assertThat(iris("registro imprese")).contains(UNIT + "ufficio-4-1", MAP + "C1.1", MAP + "C1.1.2.1")
                .doesNotContain(UNIT + "ufficio-1-4");
        assertThat(iris("registro imprese")).first().isEqualTo(UNIT + "ufficio-4-1");
        assertThat(iris("tributi unicorno")).isEmpty();
    }

    @Test
    void aLastWordTypedInPartMatchesTheStartOfWords() throws IOException {
        assertThat(iris("regis")).contains(UNIT + "ufficio-4-1", MAP + "C1.1");
        assertThat(iris("tributi")).doesNotContain(MAP + "A2.1.1.1");
        assertThat(iris("tributari")).containsExactly(MAP + "A2.1.1.1");
    }

    @Test
    void aCodeFindsItsResourceFirstThenWhatLiesUnderIt() throws IOException {
        assertThat(iris("C2.7.5")).startsWith(MAP + "C2.7.5", MAP + "C2.7.5.1");
        assertThat(iris("c2.7.5")).isEqualTo(iris("C2.7.5"));
        assertThat(iris("2.1")).first().isEqualTo(UNIT + "ufficio-2-1");
        assertThat(iris("ufficio 2.2")).first().isEqualTo(UNIT + "ufficio-2-2");
        assertThat(iris("A1.1*")).first().isEqualTo(MAP + "A1.1");
        assertThat(iris("DPR 254/2005")).first().isEqualTo(DPR_254);
        assertThat(iris("254/05")).containsExactly(DPR_254);
    }

    @ParameterizedTest
    @ValueSource(strings = {"(", ")", "\"", "\"tributi", "*", "?", "\\", "[a TO z]", "label:tributi", "tributi~2",
            "+-!&&||", "/", "^3", "{}", "A1.1*", "a*b?c", "'", "’", "…", "\u0000", "di per e", "....", "2."})
    void lucenesQuerySyntaxIsJustText(String text) {
        assertThatCode(() -> search(text)).doesNotThrowAnyException();
        assertThatCode(() -> index.suggest(text, Optional.empty(), 10)).doesNotThrowAnyException();
    }

    @Test
    void aKindRestrictsTheResultsAndEveryKindIsCounted() throws IOException {
        SearchResults units = index.search(new SearchRequest("imprese", Optional.of(Kind.UNIT), Optional.empty(), 0,
                20));
        assertThat(units.hits()).extracting(SearchHit::kind).containsOnly(Kind.UNIT);
        SearchResults all = search("imprese");
        assertThat(all.counts().stream().mapToLong(SearchResults.KindCount::count).sum()).isEqualTo(all.total());
        assertThat(all.counts()).contains(new SearchResults.KindCount(Kind.UNIT, units.total()));
    }

    @Test
    void pagesFollowTheRanking() throws IOException {
        List<String> first = iris("imprese");
        SearchResults second = index.search(new SearchRequest("imprese", Optional.empty(), Optional.empty(), 1, 2));
        assertThat(second.hits()).extracting(SearchHit::iri).isEqualTo(first.subList(1, 3));
        SearchResults beyond = index.search(new SearchRequest("imprese", Optional.empty(), Optional.empty(), 100, 20));
        assertThat(beyond.hits()).isEmpty();
        assertThat(beyond.total()).isEqualTo(first.size());
    }

    @Test
    void theSnippetShowsWhereTheWordsMatchedAndMarksThem() throws IOException {
        SearchHit office = search("tributi").hits().stream().filter(hit -> hit.iri().equals(UNIT + "ufficio-2-1"))
                .findFirst().orElseThrow();
        assertThat(office.snippet()).startsWith("Riscuote inoltre i tributi camerali");
        assertThat(office.highlights()).hasSize(1);
        assertThat(office.snippetParts()).contains(new SearchHit.SnippetPart("tributi", true));
        SearchHit process = search("tributi").hits().stream().filter(hit -> hit.iri().equals(MAP + "B3.1"))
                .findFirst().orElseThrow();
        assertThat(process.snippet()).isEqualTo("DIRITTO ANNUALE E TRIBUTI");
    }

    @Test
    void completionOffersLabelsStartingWithTheTypedTextFirst() throws IOException {
        List<Suggestion> suggestions = index.suggest("regis", Optional.empty(), 10);
        assertThat(suggestions).extracting(Suggestion::label)
                .startsWith("REGISTRO IMPRESE")
                .contains("GESTIONE DEL REGISTRO DELLE IMPRESE, ALBI ED ELENCHI",
                        "Interrogazione del Registro Imprese e altre attività di sportello");
        assertThat(index.suggest("registro imp", Optional.empty(), 10)).extracting(Suggestion::iri)
                .first().isEqualTo(UNIT + "ufficio-4-1");
        assertThat(index.suggest("Regis", Optional.empty(), 1)).extracting(Suggestion::iri)
                .containsExactly(UNIT + "ufficio-4-1");
        assertThat(index.suggest("attivita", Optional.empty(), 10)).extracting(Suggestion::iri)
                .containsExactly(MAP + "C1.1.2.1");
        assertThat(index.suggest("c2.7", Optional.empty(), 10)).extracting(Suggestion::iri)
                .containsExactly(MAP + "C2.7.5", MAP + "C2.7.5.1");
        assertThat(index.suggest("C2.7.5", Optional.empty(), 10)).extracting(Suggestion::iri)
                .containsExactly(MAP + "C2.7.5", MAP + "C2.7.5.1");
        assertThat(index.suggest("C2.7.5.1", Optional.empty(), 10)).extracting(Suggestion::iri)
                .containsExactly(MAP + "C2.7.5.1");
        assertThat(index.suggest("254/0", Optional.empty(), 10)).extracting(Suggestion::iri).containsExactly(DPR_254);
        assertThat(index.suggest("   ", Optional.empty(), 10)).isEmpty();
    }
}
