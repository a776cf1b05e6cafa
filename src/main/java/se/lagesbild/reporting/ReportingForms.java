package se.lagesbild.reporting;

import org.springframework.stereotype.Component;

import se.lagesbild.form.FormVersion;
import se.lagesbild.form.Forms;
import se.lagesbild.shared.NotFoundException;

/** Which form version a new report is answered on: the published version of the form its schedule names. */
@Component
class ReportingForms {

    private final Forms forms;
    private final Schedules schedules;

    ReportingForms(Forms forms, Schedules schedules) {
        this.forms = forms;
        this.schedules = schedules;
    }

    FormVersion contributionForm(long municipalityId) {
        return current(schedules.contributions(municipalityId).formId());
    }

    FormVersion pictureForm(long countyId) {
        return current(schedules.pictures(countyId).formId());
    }

    private FormVersion current(long formId) {
        return forms.current(formId).orElseThrow(() -> new NotFoundException("published version of form " + formId));
    }
}
