package se.lagesbild.form;

import java.time.Clock;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import se.lagesbild.organisation.Organisations;

/**
 * Makes sure the national default form exists, published as version 1, in every environment (it is the method's
 * form, not demo data). Once it exists, administrators manage it like any other form.
 */
@Component
@Order(-1)
class DefaultFormSeeder implements ApplicationRunner {

    static final String SYSTEM = "system";

    private final FormRepository forms;
    private final FormVersionRepository versions;
    private final Organisations organisations;
    private final Clock clock;

    DefaultFormSeeder(FormRepository forms, FormVersionRepository versions, Organisations organisations, Clock clock) {
        this.forms = forms;
        this.versions = versions;
        this.organisations = organisations;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (forms.existsByFormKey(DefaultForm.KEY)) {
            return;
        }
        Form form = forms.save(Form.create(DefaultForm.KEY, DefaultForm.NAME, organisations.country().id(), null,
                clock.instant()));
        FormVersion first = FormVersion.draft(form.id(), 1, DefaultForm.definition(), SYSTEM, clock.instant());
        first.publish(SYSTEM, clock.instant());
        versions.save(first);
    }
}
