package se.lagesbild.forum.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import se.lagesbild.forum.Forum;
import se.lagesbild.forum.ForumCompilation;
import se.lagesbild.forum.ForumKind;
import se.lagesbild.forum.Forums;
import se.lagesbild.forum.QuestionSet;
import se.lagesbild.organisation.Organisation;
import se.lagesbild.shared.CurrentUser;
import se.lagesbild.shared.RefusedInputException;
import se.lagesbild.shared.Role;
import se.lagesbild.shared.StaleEditException;
import se.lagesbild.shared.period.SwedishCalendar;
import se.lagesbild.shared.web.FormErrors;

/** The list of forums, creating and changing a forum (county coordinators), and a forum's page. */
@Controller
class ForumController {

    static final String READERS =
            "hasAnyRole('ADMIN', 'COUNTY_COORDINATOR', 'MUNICIPAL_COORDINATOR', 'CONTRIBUTOR')";
    static final String ORGANISERS = "hasRole('COUNTY_COORDINATOR')";
    /** The value of {@code ?questions=} that starts the question rows with the five questions of seed 003. */
    static final String HUMAN_RIGHTS = "manskliga-rattigheter";

    private final Forums forums;
    private final ForumCompilation compilation;
    private final Clock clock;

    ForumController(Forums forums, ForumCompilation compilation, Clock clock) {
        this.forums = forums;
        this.compilation = compilation;
        this.clock = clock;
    }

    @GetMapping("/forums")
    @PreAuthorize(READERS)
    String list(@AuthenticationPrincipal CurrentUser user, Model model) {
        var items = forums.listFor(user);
        var today = LocalDate.now(clock.withZone(SwedishCalendar.ZONE));
        model.addAttribute("upcoming", items.stream().filter(i -> !i.forum().heldOn().isBefore(today)).toList());
        // the latest past forum first
        model.addAttribute("past", items.stream().filter(i -> i.forum().heldOn().isBefore(today))
                .sorted(Comparator.comparing((Forums.ForumListItem i) -> i.forum().heldOn()).reversed())
                .toList());
        model.addAttribute("organiser", user.role() == Role.COUNTY_COORDINATOR);
        return "forum/list";
    }

    /** The form for a new forum; {@code ?questions=manskliga-rattigheter} starts it with the five questions. */
    @GetMapping("/forums/new")
    @PreAuthorize(ORGANISERS)
    String newForum(@RequestParam(required = false) String questions, @AuthenticationPrincipal CurrentUser user,
                    Model model) {
        var form = new ForumForm();
        form.setKind(ForumKind.DIALOGUE_FORUM);
        if (HUMAN_RIGHTS.equals(questions)) {
            form.setQuestionSource(ForumForm.OWN);
            form.setQuestions(new ArrayList<>(QuestionSet.HUMAN_RIGHTS_AND_DEMOCRACY));
            model.addAttribute("prefilled", true);
        }
        return renderNew(user, form, model);
    }

    @PostMapping("/forums")
    @PreAuthorize(ORGANISERS)
    String create(@ModelAttribute("form") ForumForm form, BindingResult binding,
                  @AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect) {
        if (binding.hasErrors()) {
            return renderNew(user, form, model);
        }
        Forum forum;
        try {
            forum = forums.create(user, form.details(), form.questionSet());
        } catch (RefusedInputException e) {
            FormErrors.reject(binding, e);
            return renderNew(user, form, model);
        }
        redirect.addFlashAttribute("created", true);
        return "redirect:/forums/" + forum.id();
    }

    private String renderNew(CurrentUser user, ForumForm form, Model model) {
        Organisation county = forums.countyOf(user);
        addChoices(user, county, model);
        model.addAttribute("form", form.padded());
        return "forum/new";
    }

    @GetMapping("/forums/{id}")
    @PreAuthorize(READERS)
    String show(@PathVariable long id, @AuthenticationPrincipal CurrentUser user, Model model) {
        var view = forums.view(user, id);
        model.addAttribute("view", view);
        if (view.readsAll()) {
            model.addAttribute("completeness", compilation.completeness(user, id));
        }
        return "forum/show";
    }

    @GetMapping("/forums/{id}/edit")
    @PreAuthorize(ORGANISERS)
    String edit(@PathVariable long id, @RequestParam(required = false) String questions,
                @AuthenticationPrincipal CurrentUser user, Model model) {
        Forum forum = forums.manageable(user, id);
        var view = forums.view(user, id);
        var form = ForumForm.of(forum, view.allInvited(), view.invited().stream().map(Organisation::code).toList(),
                Forums.labels(view.questions()));
        if (HUMAN_RIGHTS.equals(questions) && !forums.questionsLocked(forum)) {
            form.setQuestionSource(ForumForm.OWN);
            form.setQuestions(new ArrayList<>(QuestionSet.HUMAN_RIGHTS_AND_DEMOCRACY));
            model.addAttribute("prefilled", true);
        }
        return renderEdit(user, forum, form, model);
    }

    @PostMapping("/forums/{id}")
    @PreAuthorize(ORGANISERS)
    String update(@PathVariable long id, @ModelAttribute("form") ForumForm form, BindingResult binding,
                  @AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect) {
        Forum forum = forums.manageable(user, id);
        if (binding.hasErrors()) {
            return renderEdit(user, forum, form, model);
        }
        try {
            forums.update(user, id, form.getVersion() == null ? -1 : form.getVersion(), form.details(),
                    form.questionSet());
        } catch (RefusedInputException e) {
            FormErrors.reject(binding, e);
            return renderEdit(user, forum, form, model);
        } catch (StaleEditException e) {
            Forum current = forums.manageable(user, id);
            form.setVersion(current.version());
            model.addAttribute("stale", true);
            return renderEdit(user, current, form, model);
        }
        redirect.addFlashAttribute("saved", true);
        return "redirect:/forums/" + id;
    }

    private String renderEdit(CurrentUser user, Forum forum, ForumForm form, Model model) {
        Organisation county = forums.countyOf(user);
        addChoices(user, county, model);
        boolean locked = forums.questionsLocked(forum);
        model.addAttribute("forum", forum);
        model.addAttribute("questionsLocked", locked);
        model.addAttribute("currentQuestions", Forums.labels(forums.questionsOf(forum)));
        model.addAttribute("form", form.padded());
        return "forum/edit";
    }

    private void addChoices(CurrentUser user, Organisation county, Model model) {
        model.addAttribute("county", county);
        model.addAttribute("municipalities", forums.municipalitiesOf(county));
        model.addAttribute("kinds", ForumKind.values());
        model.addAttribute("choosableForms", forums.choosableForms(user));
        model.addAttribute("humanRights", HUMAN_RIGHTS);
        model.addAttribute("maxQuestions", QuestionSet.MAX_OWN_QUESTIONS);
    }
}
