package se.lagesbild.audit.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;

import se.lagesbild.audit.AuditEntry;
import se.lagesbild.audit.AuditKind;
import se.lagesbild.audit.AuditQuery;
import se.lagesbild.audit.AuditTrail;
import se.lagesbild.organisation.Organisation;
import se.lagesbild.organisation.Organisations;
import se.lagesbild.shared.CurrentUser;

/** Reading the audit trail, filtered by date, person and kind; htmx refreshes only the result table. */
@Controller
@PreAuthorize("hasAnyRole('ADMIN', 'COUNTY_COORDINATOR')")
class AuditController {

    private final AuditTrail trail;
    private final Organisations organisations;

    AuditController(AuditTrail trail, Organisations organisations) {
        this.trail = trail;
        this.organisations = organisations;
    }

    @GetMapping("/audit")
    String audit(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                 @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                 @RequestParam(required = false) String actor,
                 @RequestParam(required = false) AuditKind kind,
                 @RequestParam(defaultValue = "0") int page,
                 @RequestHeader(value = "HX-Request", required = false) String htmx,
                 @AuthenticationPrincipal CurrentUser user, Model model) {
        var query = new AuditQuery(from, to, actor, kind, Math.max(0, page));
        List<AuditEntry> found = trail.find(user.scope(), query);
        boolean hasNext = found.size() > AuditQuery.PAGE_SIZE;
        model.addAttribute("query", query);
        model.addAttribute("entries", hasNext ? found.subList(0, AuditQuery.PAGE_SIZE) : found);
        model.addAttribute("hasNext", hasNext);
        model.addAttribute("kinds", AuditKind.values());
        Map<Long, String> names = organisations.within(user.scope()).stream()
                .collect(Collectors.toMap(Organisation::id, Organisation::name));
        model.addAttribute("organisationNames", names);
        return htmx != null ? "audit/list :: results" : "audit/list";
    }
}
