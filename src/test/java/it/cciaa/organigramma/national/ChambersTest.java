package it.cciaa.organigramma.national;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import it.cciaa.organigramma.edition.Edition;
import it.cciaa.organigramma.edition.Editions;
import it.cciaa.organigramma.ingest.AllegatoImporter;
import it.cciaa.organigramma.ingest.AllegatoImporter.ImportOptions;
import it.cciaa.organigramma.ingest.AllegatoImporter.Imported;
import it.cciaa.organigramma.iri.ChamberIris;
import it.cciaa.organigramma.project.ProjectResources;
import it.cciaa.organigramma.query.NamedQueries;
import it.cciaa.organigramma.query.QueryRunner;
import it.cciaa.organigramma.query.Rows;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

/**
 * Two chambers side by side in one dataset, as the national store holds them: Foggia (2025-01-01, then 2026-01-01)
 * and a copy of its document retitled "CCIAA di BARI" (2025-01-01, the same date as Foggia's first). Each chamber has
 * its own chain of editions, and the national queries give one row per chamber.
 */
class ChambersTest {
    private static final NamedQueries LIBRARY = NamedQueries.load();
    private static final String FOGGIA = "cciaa-di-foggia";
    private static final String BARI = "cciaa-di-bari";

    private static Dataset store;
    private static Editions editions;
    private static Imported bari;

    @BeforeAll
    static void importTwoChambers() throws Exception {
        byte[] foggia = ProjectResources.bytes(ProjectResources.FOGGIA_DOCUMENT);
        byte[] foggia2026 = (new String(foggia, StandardCharsets.UTF_8) + "\n").getBytes(StandardCharsets.UTF_8);
        byte[] bariDocument = new String(foggia, StandardCharsets.UTF_8).replace("CCIAA di FOGGIA", "CCIAA di BARI")
                .getBytes(StandardCharsets.UTF_8);
        bari = importEdition(bariDocument, "2025-01-01");
        store = DatasetFactory.createGeneral();
        for (Imported imported : List.of(importEdition(foggia, "2025-01-01"), importEdition(foggia2026, "2026-01-01"),
                bari)) {
            imported.dataset().listNames().forEachRemaining(name -> store.getNamedModel(name)
                    .add(imported.dataset().getNamedModel(name)));
        }
        editions = Editions.over(store, LIBRARY);
    }

    private static Imported importEdition(byte[] document, String date) throws Exception {
        return new AllegatoImporter(ImportOptions.defaults().withEditionDate(Optional.of(LocalDate.parse(date))))
                .importDocument(document, "allegato-c-" + date + ".txt");
    }

    @Test
    void eachChamberHasItsOwnChainOfEditions() {
        assertThat(editions.chambers()).containsExactly(BARI, FOGGIA);
        assertThat(editions.national()).isTrue();
        assertThat(editions.currents()).extracting(Edition::id)
                .containsExactly(BARI + "/2025-01-01", FOGGIA + "/2026-01-01");
        Edition bariCurrent = editions.current(BARI).orElseThrow();
        assertThat(bariCurrent.validTo()).isNull();
        assertThat(bariCurrent.previous()).isNull();
        assertThat(bariCurrent.chamberName()).isEqualTo("CCIAA di BARI");
        Edition foggiaFirst = editions.byId(FOGGIA + "/2025-01-01").orElseThrow();
        assertThat(foggiaFirst.validTo()).isEqualTo(LocalDate.of(2026, 1, 1));
        assertThat(editions.byId(FOGGIA + "/2026-01-01").orElseThrow().previousId()).isEqualTo(FOGGIA + "/2025-01-01");
        assertThat(editions.current()).isEmpty();
    }

    @Test
    void aBareDateNamesAnEditionOnlyWhereItIsUnambiguous() {
        assertThat(editions.resolve("2026-01-01", null).id()).isEqualTo(FOGGIA + "/2026-01-01");
        assertThat(editions.resolve("2025-01-01", BARI).id()).isEqualTo(BARI + "/2025-01-01");
        assertThat(editions.resolve(FOGGIA + "/2025-01-01", null).graph())
                .endsWith("/graph/organigramma/" + FOGGIA + "/2025-01-01");
        assertThatThrownBy(() -> editions.resolve("2025-01-01", null))
                .isInstanceOfSatisfying(ResponseStatusException.class, e -> {
                    assertThat(e.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
                    assertThat(e.getReason()).contains(BARI + "/2025-01-01", FOGGIA + "/2025-01-01");
                });
        assertThatThrownBy(() -> editions.resolve(null, null)).isInstanceOfSatisfying(
                Editions.ChamberRequired.class, e -> assertThat(e.chambers()).containsExactly(BARI, FOGGIA));
        assertThat(editions.resolve(null, BARI).id()).isEqualTo(BARI + "/2025-01-01");
        assertThatThrownBy(() -> editions.resolve(null, "cciaa-di-nessuno"))
                .isInstanceOfSatisfying(ResponseStatusException.class,
                        e -> assertThat(e.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND));
        for (String malformed : List.of("Foggia/2025-01-01", "cciaa-di-foggia/2025-13-01", "a/b/2025-01-01", "/2025-01-01")) {
            assertThatThrownBy(() -> editions.resolve(malformed, null)).as(malformed)
                    .isInstanceOfSatisfying(ResponseStatusException.class,
                            e -> assertThat(e.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST));
        }
        assertThat(ChamberIris.slugOf("https://w3id.org/organigramma-kg/data/organization/support-unit/" + BARI
                + "/ufficio-2-1")).contains(BARI);
        assertThat(ChamberIris.slugOf("https://w3id.org/organigramma-kg/controlled-vocabulary/mappa-processi/2024"))
                .isEmpty();
    }

    @Test
    void theChambersQueryGivesEachChamberItsCurrentEdition() {
        List<Map<String, String>> chambers = rows("national/chambers", Map.of());
        assertThat(LIBRARY.find("national/chambers").orElseThrow().query().getResultVars())
                .containsExactly("ente", "name", "edition", "validFrom", "units", "competences");
        assertThat(chambers).extracting(row -> row.get("edition"))
                .containsExactly(BARI + "/2025-01-01", FOGGIA + "/2026-01-01");
        assertThat(chambers).extracting(row -> row.get("name")).containsExactly("CCIAA di BARI", "CCIAA di FOGGIA");
        assertThat(chambers).allSatisfy(row -> {
            assertThat(row.get("units")).isEqualTo("27");
            assertThat(row.get("competences")).isEqualTo("295");
        });
        assertThat(chambers.getFirst().get("ente")).isEqualTo(bari.chamber().iri());
    }

    @Test
    void anActivityHeldOnceInEachChamberGivesOneRowPerChamber() {
        List<Map<String, String>> holders = rows("national/activity-across-chambers",
                Map.of("activity", NodeFactory.createLiteralString("C2.6.1.1")));
        assertThat(LIBRARY.find("national/activity-across-chambers").orElseThrow().query().getResultVars())
                .containsExactly("ente", "unit", "kind", "code", "name", "qualifier");
        assertThat(holders).hasSize(2);
        assertThat(holders).extracting(row -> row.get("ente")).doesNotHaveDuplicates();
        assertThat(holders).allSatisfy(row -> assertThat(row.get("kind")).isNotBlank());
        assertThat(rows("national/activity-across-chambers",
                Map.of("activity", NodeFactory.createLiteralString("Z9.9.9.9")))).isEmpty();
        assertThat(rows("national/activity-across-chambers",
                Map.of("activity", NodeFactory.createLiteralString("A1.1"))).size()).isGreaterThanOrEqualTo(2);
    }

    @Test
    void coverageAndUnassignedActivitiesArePerChamber() {
        List<Map<String, String>> coverage = rows("national/coverage", Map.of());
        assertThat(coverage).extracting(row -> row.get("ente")).containsOnly(bari.chamber().iri(),
                bari.chamber().iri().replace(BARI, FOGGIA));
        assertThat(coverage).allSatisfy(row -> assertThat(row.get("process")).matches("[A-F]\\d+\\.\\d+"));
        int bariCompetences = coverage.stream().filter(row -> row.get("ente").equals(bari.chamber().iri()))
                .mapToInt(row -> Integer.parseInt(row.get("competences"))).sum();
        assertThat(bariCompetences).isEqualTo(295);
        // Foggia's map activities all come from the document, so none is unassigned in either chamber.
        assertThat(rows("national/unassigned-activities",
                Map.of("ente", NodeFactory.createURI(bari.chamber().iri())))).isEmpty();
    }

    @Test
    void theUnitsQueryListsEveryChambersCurrentUnitsOrOneChambers() {
        assertThat(rows("organigram/units", Map.of())).hasSize(54);
        assertThat(rows("organigram/units", Map.of("ente", NodeFactory.createLiteralString(BARI)))).hasSize(27)
                .allSatisfy(row -> assertThat(row.get("unit")).contains("/" + BARI));
        assertThat(rows("organigram/units", Map.of("ente", NodeFactory.createURI(bari.chamber().iri()))))
                .hasSize(27);
    }

    private static List<Map<String, String>> rows(String name, Map<String, org.apache.jena.graph.Node> parameters) {
        return Rows.of(QueryRunner.select(LIBRARY.find(name).orElseThrow(), store, parameters));
    }
}
