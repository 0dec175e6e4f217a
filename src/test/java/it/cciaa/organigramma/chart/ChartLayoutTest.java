package it.cciaa.organigramma.chart;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * How ELK lays a small organigram out: an Ente with a staff office and two Areas, one with two Servizi holding their
 * Uffici, one with an Ufficio of its own beside a Servizio.
 */
class ChartLayoutTest {
    private static ChartBox box(String name, boolean staff, ChartBox... children) {
        return new ChartBox("/" + name, name, "NOME DI " + name, "1 attività", staff, List.of(children));
    }

    private static ChartBox leaf(String name) {
        return box(name, false);
    }

    private static final ChartBox ENTE = box("ente", false,
            box("staff", true),
            box("area-a", false,
                    box("servizio-1", false, leaf("ufficio-1-1"), leaf("ufficio-1-2"), leaf("ufficio-1-3")),
                    box("servizio-2", false, leaf("ufficio-2-1"))),
            box("area-b", false, leaf("ufficio-b"), box("servizio-3", false, leaf("ufficio-3-1"))));

    private static final ChartGeometry GEOMETRY = ChartLayout.of(ENTE);
    private static final Map<String, ChartGeometry.Placed> PLACED = GEOMETRY.boxes().stream()
            .collect(Collectors.toMap(placed -> placed.box().heading(), Function.identity()));

    private static double bottom(ChartGeometry.Placed placed) {
        return placed.y() + placed.height();
    }

    private static boolean inside(ChartGeometry.Placed inner, ChartGeometry.Placed outer) {
        return inner.x() >= outer.x() && inner.y() >= outer.y() && inner.x() + inner.width() <= outer.x() + outer.width()
                && bottom(inner) <= bottom(outer);
    }

    private static boolean overlap(ChartGeometry.Placed a, ChartGeometry.Placed b) {
        return a.x() < b.x() + b.width() && b.x() < a.x() + a.width() && a.y() < bottom(b) && b.y() < bottom(a);
    }

    @Test
    void everyBoxIsPlacedOnceWithinTheDrawingAndNoneOverlapsAnotherUnlessItHoldsIt() {
        assertThat(GEOMETRY.boxes()).hasSize(13);
        assertThat(PLACED).hasSize(13);
        for (ChartGeometry.Placed a : GEOMETRY.boxes()) {
            assertThat(a.x()).isGreaterThanOrEqualTo(0);
            assertThat(a.x() + a.width()).isLessThanOrEqualTo(GEOMETRY.width());
            assertThat(bottom(a)).isLessThanOrEqualTo(GEOMETRY.height());
            for (ChartGeometry.Placed b : GEOMETRY.boxes()) {
                if (a != b && overlap(a, b)) {
                    assertThat(inside(a, b) || inside(b, a)).as(a.box().heading() + " and " + b.box().heading())
                            .isTrue();
                }
            }
        }
    }

    @Test
    void aServizioOfUfficiHoldsThemInAColumnInTheirOrderUnderItsOwnText() {
        ChartGeometry.Placed servizio = PLACED.get("servizio-1");
        assertThat(servizio.group()).isTrue();
        List<ChartGeometry.Placed> uffici = List.of(PLACED.get("ufficio-1-1"), PLACED.get("ufficio-1-2"),
                PLACED.get("ufficio-1-3"));
        for (ChartGeometry.Placed ufficio : uffici) {
            assertThat(inside(ufficio, servizio)).as(ufficio.box().heading()).isTrue();
            assertThat(ufficio.x()).isEqualTo(uffici.getFirst().x());
            assertThat(ufficio.y()).isGreaterThanOrEqualTo(servizio.y() + servizio.text().boxHeight());
        }
        assertThat(uffici).extracting(ChartGeometry.Placed::y).isSorted();
        assertThat(PLACED.get("area-b").group()).as("an Ufficio beside a Servizio is not grouped").isFalse();
        assertThat(inside(PLACED.get("ufficio-b"), PLACED.get("area-b"))).isFalse();
    }

    @Test
    void theLevelsGoDownwardsAndTheStaffOfficeHangsBetweenTheEnteAndItsAreas() {
        ChartGeometry.Placed ente = PLACED.get("ente");
        ChartGeometry.Placed staff = PLACED.get("staff");
        ChartGeometry.Placed areaA = PLACED.get("area-a");
        assertThat(staff.y()).isGreaterThan(bottom(ente));
        assertThat(bottom(staff)).isLessThan(areaA.y());
        assertThat(PLACED.get("area-b").y()).isEqualTo(areaA.y());
        assertThat(PLACED.get("servizio-1").y()).isGreaterThan(bottom(areaA));
        assertThat(staff.box().staff()).isTrue();
    }

    @Test
    void theLinesLeaveEachBoxFromOnePointOfItsBottomSide() {
        ChartGeometry.Placed ente = PLACED.get("ente");
        List<ChartGeometry.Point> fromEnte = GEOMETRY.lines().stream().map(List::getFirst)
                .filter(start -> Math.abs(start.y() - bottom(ente)) < 0.5).toList();
        assertThat(fromEnte).as("to the staff office and to the junction of the Areas' line").hasSize(2);
        assertThat(fromEnte).extracting(ChartGeometry.Point::x).containsOnly(fromEnte.getFirst().x());
        assertThat(fromEnte.getFirst().x()).isBetween(ente.x(), ente.x() + ente.width());
    }

    @Test
    void namesWrapToTheBoxAndALongerWordWidensIt() {
        BoxText text = BoxText.of(new ChartBox("/u", "Ufficio 3.3", "COMPOSIZIONE DELLE CONTROVERSIE E DELLE "
                + "SITUAZIONI DI CRISI", "5 attività", false, List.of()));
        assertThat(text.nameLines()).containsExactly("COMPOSIZIONE DELLE", "CONTROVERSIE E DELLE",
                "SITUAZIONI DI CRISI");
        assertThat(text.nameLines()).allSatisfy(line -> assertThat(BoxText.width(line, BoxText.REGULAR,
                BoxText.FONT_SIZE)).isLessThanOrEqualTo(BoxText.WRAP_WIDTH));
        assertThat(text.boxHeight()).isEqualTo(5 * BoxText.LINE_HEIGHT + 2 * BoxText.PADDING);
        assertThat(text.boxWidth()).isEqualTo(BoxText.TEXT_WIDTH + 2 * BoxText.PADDING);

        BoxText longWord = BoxText.of(new ChartBox("/u", "Ufficio", "PRECIPITEVOLISSIMEVOLMENTEPRECIPITEVOLISSIMEVOLMENTE",
                null, false, List.of()));
        assertThat(longWord.nameLines()).hasSize(1);
        assertThat(longWord.lineCount()).isEqualTo(2);
        assertThat(longWord.boxWidth()).isGreaterThan(BoxText.TEXT_WIDTH + 2 * BoxText.PADDING);
    }
}
