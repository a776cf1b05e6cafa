package se.lagesbild.analysis;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import se.lagesbild.analysis.RegionalFigures.Cell;
import se.lagesbild.analysis.RegionalFigures.MatrixRow;
import se.lagesbild.analysis.RegionalFigures.Recurring;
import se.lagesbild.analysis.RegionalFigures.RecurringMember;
import se.lagesbild.analysis.RegionalFigures.ThemeTrend;
import se.lagesbild.analysis.RegionalFigures.TrendPoint;
import se.lagesbild.form.MeasuredTheme;

/**
 * A small published regional picture for Dalarnas län, October 2026: an approved municipality, one whose picture is
 * not approved, one without a picture and an approved one with an unanswered theme; two themes; a trend with a period
 * where no municipality had an approved level; one recurring problem.
 */
public final class RegionalDocumentMother {

    public static final String NETWORKS_ASSESSMENT = "Rekryteringen av unga till kriminella nätverk ökar i södra länsdelen.";

    private RegionalDocumentMother() {
    }

    public static RegionalDocument published() {
        RegionalFigures figures = new RegionalFigures("20", "Dalarnas län", "2026-10",
                Instant.parse("2026-11-02T08:00:00Z"),
                List.of(new MatrixRow("2080", "Falun", PictureState.APPROVED, Map.of(
                                MeasuredTheme.NETWORKS, new Cell(3, Change.INCREASING),
                                MeasuredTheme.SCHOOL, new Cell(2, Change.UNCHANGED))),
                        new MatrixRow("2081", "Borlänge", PictureState.NOT_APPROVED, Map.of()),
                        new MatrixRow("2085", "Ludvika", PictureState.MISSING, Map.of()),
                        new MatrixRow("2082", "Säter", PictureState.APPROVED, Map.of(
                                MeasuredTheme.NETWORKS, new Cell(4, Change.INCREASING)))),
                List.of("2026-08", "2026-09", "2026-10"),
                List.of(new ThemeTrend(MeasuredTheme.NETWORKS, List.of(
                                new TrendPoint("2026-08", 2.5, 2, 4),
                                new TrendPoint("2026-09", null, 0, 4),
                                new TrendPoint("2026-10", 3.5, 2, 4))),
                        new ThemeTrend(MeasuredTheme.SCHOOL, List.of(
                                new TrendPoint("2026-08", 2.0, 2, 4),
                                new TrendPoint("2026-09", 2.0, 1, 4),
                                new TrendPoint("2026-10", 2.0, 1, 4)))),
                List.of(new Recurring(MeasuredTheme.NETWORKS, List.of(
                        new RecurringMember("Falun", 3, true, true),
                        new RecurringMember("Säter", 4, true, false)))));
        return new RegionalDocument("Dalarnas län", "2026-10", "oktober 2026", true,
                Instant.parse("2026-11-03T09:15:00Z"), "Åsa Länsstyrelsesdotter",
                "Läget är allvarligt i två kommuner.\n\nSkolklimatet är oförändrat i hela länet.",
                "Kommunerna bör samordna insatser mot rekrytering.",
                "Länsstyrelsen erbjuder stöd i form av nätverksträffar och utbildning.",
                List.of(new RegionalDocument.ThemeText(MeasuredTheme.NETWORKS, NETWORKS_ASSESSMENT,
                                "Två kommuner rapporterar hög nivå.\n\nPolisen bekräftar bilden."),
                        new RegionalDocument.ThemeText(MeasuredTheme.SCHOOL, "Oförändrat läge.", null)),
                figures);
    }

    public static RegionalDocument draft() {
        RegionalDocument doc = published();
        return new RegionalDocument(doc.countyName(), doc.periodCode(), doc.periodLabel(), false, null, null,
                doc.summary(), doc.recommendations(), doc.countySupport(), doc.themeTexts(), doc.figures());
    }
}
