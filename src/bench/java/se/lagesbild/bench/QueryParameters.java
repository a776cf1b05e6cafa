package se.lagesbild.bench;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import se.lagesbild.form.MeasuredTheme;
import se.lagesbild.shared.period.IsoWeek;
import se.lagesbild.shared.period.Month;

/**
 * The named parameters the bare-SQL files may use, worked out from a county code, a month and a theme the way the
 * pages receive them. Lists expand into {@code in (...)} (Spring's NamedParameterJdbcTemplate).
 * <ul>
 *   <li>{@code :countyCode}, {@code :countyId}, {@code :municipalityIds} (the county's), {@code :allMunicipalityIds}</li>
 *   <li>{@code :period} (YYYY-MM), {@code :periodCodes} (the 36 months ending with it, oldest first),
 *       {@code :recentPeriodCodes} (the 4 months ending with it), {@code :periodFrom}/{@code :periodTo} (first and
 *       last of the 36 codes)</li>
 *   <li>{@code :weekCodes} (the weeks whose Thursday lies in the month), {@code :weekCodes36} (those of the 36
 *       months)</li>
 *   <li>{@code :periodCodesN} (the N months ending with the period) and {@code :contributionPeriodsN} (the
 *       contribution periods feeding them: their weeks by Thursday and the months themselves, as
 *       {@code ContributionPeriods} has it), for N = 1, 3, 12 and 36</li>
 *   <li>{@code :theme}, {@code :levelKey}, {@code :changeKey} (and as lists {@code :levelKeyOnly},
 *       {@code :levelAndChangeKey}); {@code :levelKeys}, {@code :changeKeys},
 *       {@code :levelAndChangeKeys} for all ten themes</li>
 * </ul>
 */
final class QueryParameters {

    static final int TREND_PERIODS = 36;
    static final int RECENT_PERIODS = 4;

    private QueryParameters() {
    }

    static Map<String, Object> of(Connection c, String countyCode, Month period, MeasuredTheme theme)
            throws SQLException {
        var params = new HashMap<String, Object>();
        params.put("countyCode", countyCode);
        long countyId;
        try (var ps = c.prepareStatement("select id from organisation where kind = 'COUNTY' and code = ?")) {
            ps.setString(1, countyCode);
            try (var rs = ps.executeQuery()) {
                if (!rs.next()) {
                    throw new IllegalArgumentException("no county with code " + countyCode);
                }
                countyId = rs.getLong(1);
            }
        }
        params.put("countyId", countyId);
        var county = new ArrayList<Long>();
        var all = new ArrayList<Long>();
        try (var rs = c.createStatement().executeQuery(
                "select id, parent_id from organisation where kind = 'MUNICIPALITY' order by code")) {
            while (rs.next()) {
                all.add(rs.getLong(1));
                if (rs.getLong(2) == countyId) {
                    county.add(rs.getLong(1));
                }
            }
        }
        params.put("municipalityIds", county);
        params.put("allMunicipalityIds", all);
        params.put("period", period.code());
        List<Month> months = months(period, TREND_PERIODS);
        params.put("periodCodes", months.stream().map(Month::code).toList());
        params.put("recentPeriodCodes", months(period, RECENT_PERIODS).stream().map(Month::code).toList());
        params.put("periodFrom", months.get(0).code());
        params.put("periodTo", period.code());
        params.put("weekCodes", weeks(period, period));
        params.put("weekCodes36", weeks(months.get(0), period));
        for (int n : new int[] {1, 3, 12, 36}) {
            List<Month> last = months(period, n);
            params.put("periodCodes" + n, last.stream().map(Month::code).toList());
            var contribution = new ArrayList<>(weeks(last.get(0), period));
            contribution.addAll(last.stream().map(Month::code).toList());
            params.put("contributionPeriods" + n, contribution);
        }
        params.put("theme", theme.key());
        params.put("levelKey", theme.key() + "_level");
        params.put("changeKey", theme.key() + "_change");
        params.put("levelKeyOnly", List.of(theme.key() + "_level"));
        params.put("levelAndChangeKey", List.of(theme.key() + "_level", theme.key() + "_change"));
        var levelKeys = new ArrayList<String>();
        var changeKeys = new ArrayList<String>();
        for (MeasuredTheme t : MeasuredTheme.values()) {
            levelKeys.add(t.key() + "_level");
            changeKeys.add(t.key() + "_change");
        }
        params.put("levelKeys", levelKeys);
        params.put("changeKeys", changeKeys);
        var both = new ArrayList<String>(levelKeys);
        both.addAll(changeKeys);
        params.put("levelAndChangeKeys", both);
        return params;
    }

    static List<Month> months(Month last, int count) {
        var months = new ArrayList<Month>();
        Month month = last;
        for (int i = 0; i < count; i++) {
            months.add(0, month);
            month = month.previous();
        }
        return months;
    }

    /** The weeks whose Thursday lies in the months from {@code first} to {@code last}. */
    static List<String> weeks(Month first, Month last) {
        var codes = new ArrayList<String>();
        IsoWeek week = IsoWeek.containing(first.firstDay());
        while (!week.firstDay().plusDays(3).isAfter(last.lastDay())) {
            if (!week.firstDay().plusDays(3).isBefore(first.firstDay())) {
                codes.add(week.code());
            }
            week = week.next();
        }
        return codes;
    }
}
