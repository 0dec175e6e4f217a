package it.cciaa.organigramma.organigram;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Which requests get the organigram drawn: those that prefer a drawing's type to every page and data form. */
class ChartFormatTest {

    @Test
    void aDrawingsTypeOrImageWildcardPreferredMostGetsTheDrawing() {
        assertThat(ChartFormat.preferred("image/svg+xml")).contains(ChartFormat.SVG);
        assertThat(ChartFormat.preferred("image/*")).contains(ChartFormat.SVG);
        assertThat(ChartFormat.preferred("application/pdf")).contains(ChartFormat.PDF);
        assertThat(ChartFormat.preferred("text/html;q=0.5, image/svg+xml")).contains(ChartFormat.SVG);
        assertThat(ChartFormat.preferred("application/pdf, image/svg+xml;q=0.9")).contains(ChartFormat.PDF);
        assertThat(ChartFormat.preferred("image/png, application/pdf;q=0.2")).contains(ChartFormat.PDF);
    }

    @Test
    void browsersWildcardsAndPageOrDataTypesKeepTheirFormsAndNothingIsNoDrawing() {
        for (String accept : new String[] {null, "", "*/*", "text/html", "application/json", "text/turtle",
                "text/html,application/xhtml+xml,image/avif,image/webp,image/svg+xml,*/*;q=0.8",
                "image/svg+xml;q=0.5, application/ld+json", "image/svg+xml;q=0", "image/png", "not a type"}) {
            assertThat(ChartFormat.preferred(accept)).as(accept).isEmpty();
        }
    }

    @Test
    void theFormatParameterNamesADrawingInAnyCase() {
        assertThat(ChartFormat.ofParameter("svg")).contains(ChartFormat.SVG);
        assertThat(ChartFormat.ofParameter(" PDF ")).contains(ChartFormat.PDF);
        assertThat(ChartFormat.ofParameter("png")).isEqualTo(Optional.empty());
    }
}
