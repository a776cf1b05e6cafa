package se.lagesbild.analysis.web;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;

import se.lagesbild.analysis.AnalysisTexts;
import se.lagesbild.analysis.RegionalAnalysis;
import se.lagesbild.form.MeasuredTheme;

/** The regional analysis form as posted: texts per field and per theme (keyed by theme key), and the version read. */
public class RegionalForm {

    private String summary = "";
    private String recommendations = "";
    private String countySupport = "";
    private boolean shareObservations;
    private Map<String, String> assessment = new HashMap<>();
    private Map<String, String> reasoning = new HashMap<>();
    private Integer version;

    static RegionalForm of(RegionalAnalysis analysis) {
        var form = new RegionalForm();
        AnalysisTexts texts = analysis.texts();
        form.summary = texts.summary();
        form.recommendations = texts.recommendations();
        form.countySupport = texts.countySupport();
        form.shareObservations = texts.shareObservations();
        texts.themes().forEach((theme, text) -> {
            form.assessment.put(theme.key(), text.assessment());
            form.reasoning.put(theme.key(), text.reasoning());
        });
        form.version = analysis.version();
        return form;
    }

    AnalysisTexts texts() {
        var themes = new EnumMap<MeasuredTheme, AnalysisTexts.ThemeText>(MeasuredTheme.class);
        for (MeasuredTheme theme : MeasuredTheme.values()) {
            themes.put(theme, new AnalysisTexts.ThemeText(assessment.get(theme.key()), reasoning.get(theme.key())));
        }
        return new AnalysisTexts(summary, recommendations, countySupport, shareObservations, themes);
    }

    public String getSummary() {
        return summary;
    }

    public void setSummary(String summary) {
        this.summary = summary;
    }

    public String getRecommendations() {
        return recommendations;
    }

    public void setRecommendations(String recommendations) {
        this.recommendations = recommendations;
    }

    public String getCountySupport() {
        return countySupport;
    }

    public void setCountySupport(String countySupport) {
        this.countySupport = countySupport;
    }

    public boolean isShareObservations() {
        return shareObservations;
    }

    public void setShareObservations(boolean shareObservations) {
        this.shareObservations = shareObservations;
    }

    public Map<String, String> getAssessment() {
        return assessment;
    }

    public void setAssessment(Map<String, String> assessment) {
        this.assessment = assessment;
    }

    public Map<String, String> getReasoning() {
        return reasoning;
    }

    public void setReasoning(Map<String, String> reasoning) {
        this.reasoning = reasoning;
    }

    public Integer getVersion() {
        return version;
    }

    public void setVersion(Integer version) {
        this.version = version;
    }
}
