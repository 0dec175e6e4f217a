package it.cciaa.organigramma.edition;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** {@link Edition#title()}: the one name pages, feeds and page data give an edition for people. */
class EditionTitleTest {

    private static Edition edition(String ente, String chamberName, String key, LocalDate date, String sourceFile) {
        return new Edition(ente, "https://w3id.org/organigramma-kg/data/organization/public-organization/" + ente,
                chamberName, key, "https://w3id.org/organigramma-kg/data/dataset/organigramma/" + ente + "/" + key,
                null, "Organigramma – edizione " + key, date, date, null, sourceFile, null, null, null, null);
    }

    @Test
    void aDatedEditionIsNamedByItsLongItalianDateAndItsChambersName() {
        Edition foggia = edition("cciaa-di-foggia", "CCIAA di FOGGIA", "2025-01-01", LocalDate.of(2025, 1, 1),
                "allegato-c.txt");
        assertThat(foggia.title()).isEqualTo("Edizione del 1° gennaio 2025 – CCIAA di Foggia");
        assertThat(foggia.label()).isEqualTo("edizione del 1° gennaio 2025");
        assertThat(foggia.chamberLabel()).isEqualTo("CCIAA di Foggia");
        assertThat(foggia.id()).as("the identifier stays for addresses").isEqualTo("cciaa-di-foggia/2025-01-01");
        assertThat(edition("cciaa-di-forli-cesena", "CCIAA di FORLÌ-CESENA", "2025-03-15", LocalDate.of(2025, 3, 15),
                null).title()).isEqualTo("Edizione del 15 marzo 2025 – CCIAA di Forlì-Cesena");
    }

    @Test
    void anUndatedEditionIsNamedByItsDocumentNotByItsChecksumKey() {
        Edition undated = edition("cciaa-di-foggia", "CCIAA di FOGGIA", "sha256-9fdc74604fa4", null,
                "allegato-c-cciaa-foggia.txt");
        assertThat(undated.title())
                .isEqualTo("Edizione senza data (allegato-c-cciaa-foggia.txt) – CCIAA di Foggia")
                .doesNotContain("sha256");
        assertThat(undated.reference().title()).isEqualTo(undated.title());
        assertThat(undated.reference().key()).isEqualTo("sha256-9fdc74604fa4");
    }

    @Test
    void aChamberWithoutANameInTheCatalogueIsNamedByItsSlug() {
        assertThat(edition("cciaa-di-bari", null, "2024-10-01", LocalDate.of(2024, 10, 1), null).title())
                .isEqualTo("Edizione del 1° ottobre 2024 – cciaa-di-bari");
    }
}
