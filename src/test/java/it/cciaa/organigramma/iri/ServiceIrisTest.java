package it.cciaa.organigramma.iri;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The IRIs of docs/model.md, minted and recognised by one authority, on the default base and on another. */
class ServiceIrisTest {
    private static final String BASE = "https://w3id.org/organigramma-kg";
    private final ServiceIris service = ServiceIris.onDefaultBase();

    @Test
    void mintsTheSharedIrisOnTheBase() {
        assertThat(new ServiceIris("http://127.0.0.1:8080/").base()).isEqualTo("http://127.0.0.1:8080");
        assertThat(service.catalogue()).isEqualTo(BASE + "/data/catalogo");
        assertThat(service.catalogueGraph()).isEqualTo(BASE + "/graph/catalogo");
        assertThat(service.qualifier("front-office-sportelli-polifunzionali"))
                .isEqualTo(BASE + "/controlled-vocabulary/modalita-presidio/front-office-sportelli-polifunzionali");
        assertThat(service.mintedLaw("stato-legge-1981-11-24-689"))
                .isEqualTo(BASE + "/data/norma/stato-legge-1981-11-24-689");
        assertThat(service.voidSubset(BASE + "/graph/organigramma/cciaa-di-foggia/2025-01-01"))
                .isEqualTo(BASE + "/void#organigramma-cciaa-di-foggia-2025-01-01");
        assertThat(service.processMap("2024").concept("C2.7.5"))
                .isEqualTo(BASE + "/controlled-vocabulary/mappa-processi/2024/C2.7.5");
        assertThat(service.processMap("2024").graph()).isEqualTo(BASE + "/graph/mappa-processi/2024");
    }

    @Test
    void mintsAChambersIrisUnderItsSlug() {
        ChamberIris foggia = service.chamber("cciaa-di-foggia");
        assertThat(foggia.iri()).isEqualTo(BASE + "/data/organization/public-organization/cciaa-di-foggia");
        assertThat(foggia.unit("ente")).isEqualTo(foggia.iri());
        assertThat(foggia.unit("ufficio-2-1"))
                .isEqualTo(BASE + "/data/organization/support-unit/cciaa-di-foggia/ufficio-2-1");
        assertThat(foggia.edition("2025-01-01"))
                .isEqualTo(BASE + "/data/dataset/organigramma/cciaa-di-foggia/2025-01-01");
        assertThat(foggia.editionGraph("2025-01-01"))
                .isEqualTo(BASE + "/graph/organigramma/cciaa-di-foggia/2025-01-01");
        assertThat(foggia.reportGraph("2025-01-01")).isEqualTo(BASE + "/graph/validazione/cciaa-di-foggia/2025-01-01");
        assertThat(foggia.inEdition("2025-01-01").validity())
                .isEqualTo(BASE + "/data/dataset/organigramma/cciaa-di-foggia/2025-01-01/validita");
        assertThat(ChamberIris.graphOfEdition(foggia.edition("2025-01-01")))
                .contains(foggia.editionGraph("2025-01-01"));
    }

    @Test
    void recognisesTheGraphsOfAnEditionByTheirNames() {
        assertThat(service.editionOfGraph(BASE + "/graph/organigramma/cciaa-di-bari/2024-10-01"))
                .contains(service.chamber("cciaa-di-bari").inEdition("2024-10-01"));
        assertThat(service.editionOfGraph(BASE + "/graph/organigramma/cciaa-di-bari")).isEmpty();
        assertThat(service.processMapOfGraph(BASE + "/graph/mappa-processi/2024")).contains(service.processMap("2024"));
        assertThat(service.isSharedGraph(BASE + "/graph/norme")).isTrue();
        assertThat(service.isGraph("https://example.org/graph/norme")).isFalse();
        assertThat(ChamberIris.slugOf("/graph/validazione/cciaa-di-bari/2024-10-01")).contains("cciaa-di-bari");
    }
}
