package se.lagesbild.network.web;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import se.lagesbild.network.Meeting;
import se.lagesbild.network.NetworkMeetings;
import se.lagesbild.network.Networks;
import se.lagesbild.shared.CurrentUser;
import se.lagesbild.shared.RefusedInputException;
import se.lagesbild.shared.StaleEditException;
import se.lagesbild.shared.web.FormErrors;

/**
 * The network's meetings: planned and written up (minutes, decisions, who took part) by the county's coordinators
 * with optimistic locking, read by everyone who reads the network.
 */
@Controller
class MeetingController {

    private final NetworkMeetings meetings;
    private final Networks networks;

    MeetingController(NetworkMeetings meetings, Networks networks) {
        this.meetings = meetings;
        this.networks = networks;
    }

    @GetMapping("/network/{countyCode}/meetings/new")
    @PreAuthorize(Rules.MANAGERS)
    String newMeeting(@PathVariable String countyCode, @AuthenticationPrincipal CurrentUser user, Model model) {
        return render(user, countyCode, null, new MeetingForm(), model);
    }

    @PostMapping("/network/{countyCode}/meetings")
    @PreAuthorize(Rules.MANAGERS)
    String create(@PathVariable String countyCode, @ModelAttribute("form") MeetingForm form, BindingResult binding,
                  @AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect) {
        if (binding.hasErrors()) {
            return render(user, countyCode, null, form, model);
        }
        Meeting meeting;
        try {
            meeting = meetings.create(user, countyCode, form.details());
        } catch (RefusedInputException e) {
            FormErrors.reject(binding, e);
            return render(user, countyCode, null, form, model);
        }
        redirect.addFlashAttribute("meetingCreated", true);
        return "redirect:/network/" + countyCode + "/meetings/" + meeting.id();
    }

    @GetMapping("/network/{countyCode}/meetings/{id}")
    @PreAuthorize(Rules.READERS)
    String show(@PathVariable String countyCode, @PathVariable long id, @AuthenticationPrincipal CurrentUser user,
                Model model) {
        model.addAttribute("view", meetings.view(user, countyCode, id));
        return "network/meeting";
    }

    @GetMapping("/network/{countyCode}/meetings/{id}/edit")
    @PreAuthorize(Rules.MANAGERS)
    String edit(@PathVariable String countyCode, @PathVariable long id, @AuthenticationPrincipal CurrentUser user,
                Model model) {
        var view = writable(user, countyCode, id);
        return render(user, countyCode, view.meeting(), MeetingForm.of(view.meeting()), model);
    }

    @PostMapping("/network/{countyCode}/meetings/{id}")
    @PreAuthorize(Rules.MANAGERS)
    String update(@PathVariable String countyCode, @PathVariable long id, @ModelAttribute("form") MeetingForm form,
                  BindingResult binding, @AuthenticationPrincipal CurrentUser user, Model model,
                  RedirectAttributes redirect) {
        var view = writable(user, countyCode, id);
        if (binding.hasErrors()) {
            return render(user, countyCode, view.meeting(), form, model);
        }
        try {
            meetings.update(user, countyCode, id, form.getVersion() == null ? -1 : form.getVersion(), form.details());
        } catch (RefusedInputException e) {
            FormErrors.reject(binding, e);
            return render(user, countyCode, view.meeting(), form, model);
        } catch (StaleEditException e) {
            // keep what this user typed; saving again knowingly replaces the other's change
            var newer = meetings.view(user, countyCode, id);
            form.setVersion(newer.meeting().version());
            model.addAttribute("stale", true);
            return render(user, countyCode, newer.meeting(), form, model);
        }
        redirect.addFlashAttribute("meetingSaved", true);
        return "redirect:/network/" + countyCode + "/meetings/" + id;
    }

    private NetworkMeetings.MeetingView writable(CurrentUser user, String countyCode, long id) {
        // the county's coordinators only: anyone else is outside the network (404) before the meeting is read
        networks.writableCounty(user, countyCode);
        return meetings.view(user, countyCode, id);
    }

    private String render(CurrentUser user, String countyCode, Meeting meeting, MeetingForm form, Model model) {
        model.addAttribute("county", networks.writableCounty(user, countyCode));
        model.addAttribute("meeting", meeting);
        model.addAttribute("members", meetings.participantChoices(user, countyCode));
        model.addAttribute("form", form);
        return "network/meeting-form";
    }
}
