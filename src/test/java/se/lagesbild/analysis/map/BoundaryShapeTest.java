package se.lagesbild.analysis.map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;

import org.junit.jupiter.api.Test;

/** Projection, simplification and the compact path format, without a database. */
class BoundaryShapeTest {

    @Test
    void projectsIntoOneNationalSystemAboutAThousandUnitsHigh() {
        double height = BoundaryShape.y(55.3) - BoundaryShape.y(69.1);
        double width = BoundaryShape.x(24.2) - BoundaryShape.x(10.9);
        assertThat(height).isBetween(950.0, 1050.0);
        assertThat(width).isBetween(400.0, 500.0);
        assertThat(BoundaryShape.y(60)).isEqualTo(-4320.0);
    }

    @Test
    void writesTenthsWithAtMostOneDecimal() {
        assertThat(BoundaryShape.number(12)).isEqualTo("1.2");
        assertThat(BoundaryShape.number(-3)).isEqualTo("-0.3");
        assertThat(BoundaryShape.number(40)).isEqualTo("4");
        assertThat(BoundaryShape.number(0)).isEqualTo("0");
        assertThat(BoundaryShape.number(-12345)).isEqualTo("-1234.5");
    }

    @Test
    void aSquareBecomesAClosedRelativePathWithItsBox() {
        // one degree of latitude is 72 units; the square's corners are chosen to land on whole tenths
        double lon = 10 / BoundaryShape.X_SCALE;
        double[][] square = {{0, 60}, {lon, 60}, {lon, 60.5}, {0, 60.5}, {0, 60}};
        BoundaryShape.Shape shape = BoundaryShape.of(List.<double[][]>of(square));
        assertThat(shape.path()).isEqualTo("M0-4320l10 0l0-36l-10 0z");
        assertThat(shape.minX()).isEqualTo(0.0);
        assertThat(shape.maxX()).isCloseTo(10.0, within(1e-9));
        assertThat(shape.minY()).isEqualTo(-4356.0);
        assertThat(shape.maxY()).isEqualTo(-4320.0);
    }

    @Test
    void dropsPointsWithinTheToleranceAndTinyIslandsButNeverTheLargestRing() {
        double[][] wiggly = {{0, 0}, {5, 0.1}, {10, 0}, {10, 10}, {0, 10}, {0, 0}};
        assertThat(BoundaryShape.simplified(wiggly)).hasSize(5);

        double step = 1 / BoundaryShape.SCALE / 20;
        double[][] islet = {{15, 60}, {15 + step, 60}, {15 + step, 60 + step}, {15, 60}};
        double[][] land = {{16, 60}, {16.5, 60}, {16.5, 60.5}, {16, 60}};
        BoundaryShape.Shape both = BoundaryShape.of(List.of(islet, land));
        assertThat(both.path()).as("the islet is dropped").containsOnlyOnce("M");
        assertThat(BoundaryShape.of(List.<double[][]>of(islet))).as("an area with no visible size").isNull();
    }

    @Test
    void severalRingsMakeOnePathForTheEvenOddRule() {
        double[][] outer = {{15, 60}, {16, 60}, {16, 61}, {15, 61}, {15, 60}};
        double[][] hole = {{15.4, 60.4}, {15.6, 60.4}, {15.6, 60.6}, {15.4, 60.6}, {15.4, 60.4}};
        BoundaryShape.Shape shape = BoundaryShape.of(List.of(outer, hole));
        assertThat(shape.path().chars().filter(c -> c == 'M')).hasSize(2);
        assertThat(shape.path().chars().filter(c -> c == 'z')).hasSize(2);
    }
}
