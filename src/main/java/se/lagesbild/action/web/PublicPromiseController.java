package se.lagesbild.action.web;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import se.lagesbild.action.PublicPromises;
import se.lagesbild.action.PublicPromises.PublicPromise;
import se.lagesbild.shared.period.Period;

/**
 * The public page of a citizen promise (medborgarlöfte), readable by anyone without signing in: a promise is made to
 * the residents, so it has to be where they can read it. That is why this handler carries no {@code @PreAuthorize}
 * and its path is among the security configuration's public paths. What may be shown is decided by
 * {@link PublicPromises}, which copies out only the public parts and answers "not found" for anything unpublished.
 */
@Controller
class PublicPromiseController {

    private final PublicPromises promises;

    PublicPromiseController(PublicPromises promises) {
        this.promises = promises;
    }

    @GetMapping("/medborgarloften/{publicId}")
    String promise(@PathVariable String publicId, Locale locale, Model model) {
        PublicPromise promise = promises.published(publicId);
        model.addAttribute("promise", promise);
        model.addAttribute("periodLabels", periodLabels(promise, locale));
        return "action/public-promise";
    }

    /**
     * The goals' target periods in words ("mars 2026"): a resident does not read period codes, and the template cannot
     * parse them itself.
     */
    private static Map<String, String> periodLabels(PublicPromise promise, Locale locale) {
        boolean english = "en".equals(locale.getLanguage());
        var labels = new LinkedHashMap<String, String>();
        promise.focus().forEach(focus -> labels.computeIfAbsent(focus.targetPeriod(), code -> {
            Period period = Period.parse(code);
            return english ? period.labelEn() : period.labelSv();
        }));
        return labels;
    }
}
