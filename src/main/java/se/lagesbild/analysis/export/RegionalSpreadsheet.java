package se.lagesbild.analysis.export;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.context.MessageSource;

import se.lagesbild.analysis.PictureState;
import se.lagesbild.analysis.RegionalDocument;
import se.lagesbild.analysis.RegionalFigures;
import se.lagesbild.analysis.RegionalFigures.MatrixRow;
import se.lagesbild.analysis.RegionalFigures.Recurring;
import se.lagesbild.analysis.RegionalFigures.RecurringMember;
import se.lagesbild.analysis.RegionalFigures.ThemeTrend;
import se.lagesbild.analysis.RegionalFigures.TrendPoint;
import se.lagesbild.form.MeasuredTheme;

/**
 * The figures of a regional picture as a workbook: the matrix, the county's trend and the recurring problems, one
 * sheet each, titled in the document's language. Levels, medians and counts are numeric cells; an unknown value is an
 * empty cell, never 0. Column widths come from the longest text in each column rather than POI's autosize, which
 * needs the machine's AWT fonts.
 */
final class RegionalSpreadsheet {

    private static final int MIN_WIDTH = 8;
    private static final int MAX_WIDTH = 36;

    private final MessageSource messages;

    RegionalSpreadsheet(MessageSource messages) {
        this.messages = messages;
    }

    byte[] write(RegionalDocument doc, Locale locale) {
        RegionalFigures figures = doc.figures();
        List<MeasuredTheme> themes = RegionalDocumentViews.themes(figures);
        try (var workbook = new XSSFWorkbook(); var out = new ByteArrayOutputStream()) {
            var core = workbook.getProperties().getCoreProperties();
            core.setTitle(msg("regional.doc.title", locale) + " – " + doc.countyName() + ", " + doc.periodLabel());
            core.setCreator("Lägesbild");
            Styles styles = new Styles(workbook);
            matrix(workbook, styles, figures, themes, locale);
            trends(workbook, styles, figures, themes, locale);
            recurring(workbook, styles, figures, locale);
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write the regional picture's workbook", e);
        }
    }

    private void matrix(XSSFWorkbook workbook, Styles styles, RegionalFigures figures, List<MeasuredTheme> themes,
                        Locale locale) {
        Sheet sheet = workbook.createSheet(WorkbookUtil.createSafeSheetName(msg("regional.xlsx.sheet.matrix", locale)));
        List<String> header = new ArrayList<>(List.of(msg("regional.xlsx.municipality", locale),
                msg("regional.xlsx.code", locale), msg("regional.xlsx.state", locale)));
        for (MeasuredTheme theme : themes) {
            String name = themeName(theme, locale);
            header.add(msg("regional.xlsx.level", locale, name));
            header.add(msg("regional.xlsx.change", locale, name));
        }
        Widths widths = header(sheet, styles, header);
        int rowIndex = 1;
        for (MatrixRow matrixRow : figures.matrix()) {
            Row row = sheet.createRow(rowIndex++);
            text(row, 0, matrixRow.municipalityName(), widths);
            text(row, 1, matrixRow.municipalityCode(), widths);
            text(row, 2, msg("regional.doc.state." + matrixRow.state().name(), locale), widths);
            if (matrixRow.state() != PictureState.APPROVED) {
                continue;
            }
            int column = 3;
            for (MeasuredTheme theme : themes) {
                RegionalFigures.Cell cell = matrixRow.cell(theme);
                number(row, column++, cell.level() == null ? null : cell.level().doubleValue(), null, widths);
                text(row, column++, msg(RegionalDocumentView.changeKeyOf(cell.change()), locale), widths);
            }
        }
        sheet.createFreezePane(1, 1);
        widths.apply(sheet);
    }

    private void trends(XSSFWorkbook workbook, Styles styles, RegionalFigures figures, List<MeasuredTheme> themes,
                        Locale locale) {
        Sheet sheet = workbook.createSheet(WorkbookUtil.createSafeSheetName(msg("regional.xlsx.sheet.trends", locale)));
        List<String> header = new ArrayList<>(List.of(msg("regional.xlsx.period", locale),
                msg("regional.xlsx.periodCode", locale), msg("regional.xlsx.municipalities", locale)));
        for (MeasuredTheme theme : themes) {
            String name = themeName(theme, locale);
            header.add(msg("regional.xlsx.median", locale, name));
            header.add(msg("regional.xlsx.approved", locale, name));
        }
        Widths widths = header(sheet, styles, header);
        int rowIndex = 1;
        for (String period : figures.periods()) {
            Row row = sheet.createRow(rowIndex++);
            text(row, 0, RegionalDocumentViews.periodLabel(period, locale), widths);
            text(row, 1, period, widths);
            Integer municipalities = null;
            int column = 3;
            for (MeasuredTheme theme : themes) {
                TrendPoint point = point(figures, theme, period);
                number(row, column++, point == null ? null : point.median(), styles.median, widths);
                number(row, column++, point == null ? null : (double) point.approved(), null, widths);
                if (point != null) {
                    municipalities = Math.max(municipalities == null ? 0 : municipalities, point.municipalities());
                }
            }
            number(row, 2, municipalities == null ? null : municipalities.doubleValue(), null, widths);
        }
        sheet.createFreezePane(1, 1);
        widths.apply(sheet);
    }

    private void recurring(XSSFWorkbook workbook, Styles styles, RegionalFigures figures, Locale locale) {
        Sheet sheet = workbook.createSheet(
                WorkbookUtil.createSafeSheetName(msg("regional.xlsx.sheet.recurring", locale)));
        Widths widths = header(sheet, styles, List.of(msg("regional.xlsx.theme", locale),
                msg("regional.xlsx.municipality", locale), msg("regional.xlsx.level.plain", locale),
                msg("regional.xlsx.high", locale), msg("regional.xlsx.rising", locale)));
        int rowIndex = 1;
        for (Recurring recurring : figures.recurring()) {
            for (RecurringMember member : recurring.members()) {
                Row row = sheet.createRow(rowIndex++);
                text(row, 0, themeName(recurring.theme(), locale), widths);
                text(row, 1, member.municipalityName(), widths);
                number(row, 2, member.level() == null ? null : member.level().doubleValue(), null, widths);
                row.createCell(3).setCellValue(member.high());
                row.createCell(4).setCellValue(member.rising());
            }
        }
        sheet.createFreezePane(0, 1);
        widths.apply(sheet);
    }

    private static Widths header(Sheet sheet, Styles styles, List<String> titles) {
        Widths widths = new Widths(titles.size());
        Row row = sheet.createRow(0);
        for (int column = 0; column < titles.size(); column++) {
            Cell cell = row.createCell(column);
            cell.setCellValue(titles.get(column));
            cell.setCellStyle(styles.header);
            widths.fit(column, titles.get(column));
        }
        return widths;
    }

    private static void text(Row row, int column, String value, Widths widths) {
        if (value == null) {
            return;
        }
        row.createCell(column).setCellValue(value);
        widths.fit(column, value);
    }

    /** A numeric cell, or no cell at all for an unknown value, so that a sum or an average never counts it as 0. */
    private static void number(Row row, int column, Double value, CellStyle style, Widths widths) {
        if (value == null || value.isNaN()) {
            return;
        }
        Cell cell = row.createCell(column);
        cell.setCellValue(value);
        if (style != null) {
            cell.setCellStyle(style);
        }
        widths.fit(column, "0.0");
    }

    private static TrendPoint point(RegionalFigures figures, MeasuredTheme theme, String period) {
        for (ThemeTrend trend : figures.trends()) {
            if (trend.theme() == theme) {
                return trend.points().stream().filter(p -> p.periodCode().equals(period)).findFirst().orElse(null);
            }
        }
        return null;
    }

    private String themeName(MeasuredTheme theme, Locale locale) {
        return msg("mtheme." + theme.key(), locale);
    }

    private String msg(String key, Locale locale, Object... args) {
        return messages.getMessage(key, args.length == 0 ? null : args, locale);
    }

    private static final class Styles {
        final CellStyle header;
        final CellStyle median;

        Styles(XSSFWorkbook workbook) {
            Font bold = workbook.createFont();
            bold.setBold(true);
            header = workbook.createCellStyle();
            header.setFont(bold);
            header.setWrapText(true);
            header.setVerticalAlignment(VerticalAlignment.TOP);
            median = workbook.createCellStyle();
            median.setDataFormat(workbook.createDataFormat().getFormat("0.0"));
        }
    }

    /** The widest text per column, in characters, turned into column widths within sensible bounds. */
    private static final class Widths {
        private final int[] chars;

        Widths(int columns) {
            chars = new int[columns];
        }

        void fit(int column, String text) {
            if (column < chars.length) {
                chars[column] = Math.max(chars[column], text.length());
            }
        }

        void apply(Sheet sheet) {
            for (int column = 0; column < chars.length; column++) {
                int width = Math.max(MIN_WIDTH, Math.min(MAX_WIDTH, chars[column] + 2));
                sheet.setColumnWidth(column, width * 256);
            }
        }
    }
}
