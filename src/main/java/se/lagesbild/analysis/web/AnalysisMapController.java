package se.lagesbild.analysis.web;

import java.util.ArrayList;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

import se.lagesbild.analysis.AnalysisMaps;
import se.lagesbild.analysis.map.ChoroplethMap;
import se.lagesbild.analysis.map.MapArea;
import se.lagesbild.form.MeasuredTheme;
import se.lagesbild.organisation.Organisation;
import se.lagesbild.shared.CurrentUser;

/**
 * The maps: a county's municipalities coloured by one theme's approved level, and Sweden coloured by each county's
 * median. Every map has the same figures in a table beside it, and areas link to where the drill-down continues.
 */
@Controller
class AnalysisMapController {

    private final AnalysisMaps maps;
    private final ChoroplethMap choropleth;
    private final MessageSource messages;

    AnalysisMapController(AnalysisMaps maps, ChoroplethMap choropleth, MessageSource messages) {
        this.maps = maps;
        this.choropleth = choropleth;
        this.messages = messages;
    }

    @GetMapping("/analysis/county/{countyCode}/map")
    @PreAuthorize("hasAnyRole('ADMIN', 'COUNTY_COORDINATOR')")
    String county(@PathVariable String countyCode, @RequestParam(required = false) String theme,
                  @RequestParam(required = false) String period, @AuthenticationPrincipal CurrentUser user,
                  Locale locale, Model model) {
        AnalysisMaps.CountyMap map = maps.county(user, countyCode, theme, period);
        var areas = new ArrayList<MapArea>();
        for (AnalysisMaps.Area area : map.areas()) {
            String href = UriComponentsBuilder.fromPath("/analysis/county/{c}/observations")
                    .queryParam("municipality", area.municipality().code()).queryParam("theme", map.theme().key())
                    .queryParam("period", map.period().code()).buildAndExpand(countyCode).toUriString();
            areas.add(new MapArea(area.municipality().code(), area.municipality().name(), area.level(),
                    valueLabel(area, locale), href));
        }
        model.addAttribute("countyMap", map);
        model.addAttribute("map", choropleth.draw(areas));
        model.addAttribute("themes", MeasuredTheme.values());
        return "analysis/county-map";
    }

    @GetMapping("/analysis/national/map")
    @PreAuthorize("hasAnyRole('ADMIN', 'NATIONAL_READER')")
    String national(@RequestParam(required = false) String theme, @RequestParam(required = false) String period,
                    @AuthenticationPrincipal CurrentUser user, Locale locale, Model model) {
        AnalysisMaps.NationalMap map = maps.nation(user, theme, period);
        var areas = new ArrayList<MapArea>();
        for (AnalysisMaps.CountyArea county : map.counties()) {
            String label = county.median() == null ? msg("map.level.none", locale)
                    : messages.getMessage("analysis.map.countyMedian", new Object[] {county.county().name(),
                    String.format(locale, "%.1f", county.median())}, locale);
            String href = county.published() == null ? null
                    : "/regional-pictures/" + county.published().analysis().id();
            for (Organisation municipality : county.municipalities()) {
                areas.add(new MapArea(municipality.code(), municipality.name(), county.roundedMedian(), label,
                        href));
            }
        }
        model.addAttribute("nationalMap", map);
        model.addAttribute("map", choropleth.draw(areas));
        model.addAttribute("themes", MeasuredTheme.values());
        return "analysis/national-map";
    }

    private String valueLabel(AnalysisMaps.Area area, Locale locale) {
        return switch (area.state()) {
            case APPROVED -> area.level() == null ? msg("analysis.level.unknown", locale)
                    : msg("form.level." + area.level(), locale);
            case NOT_APPROVED, MISSING -> msg("analysis.state." + area.state().name(), locale);
        };
    }

    private String msg(String key, Locale locale) {
        return messages.getMessage(key, null, locale);
    }
}
