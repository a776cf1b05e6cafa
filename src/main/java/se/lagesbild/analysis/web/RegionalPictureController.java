package se.lagesbild.analysis.web;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import se.lagesbild.analysis.AnalysisStateException;
import se.lagesbild.analysis.CountyOverviews;
import se.lagesbild.shared.RefusedInputException;
import se.lagesbild.analysis.RegionalAnalyses;
import se.lagesbild.analysis.RegionalAnalysis;
import se.lagesbild.analysis.RegionalDocument;
import se.lagesbild.analysis.export.RegionalDocumentViews;
import se.lagesbild.analysis.export.RegionalPictureExport;
import se.lagesbild.form.MeasuredTheme;
import se.lagesbild.shared.CurrentUser;
import se.lagesbild.shared.InvalidInputException;
import se.lagesbild.shared.StaleEditException;

/**
 * Writing, publishing and reading the regional picture. The county's coordinators write drafts beside the live
 * figures and publish; the county's municipalities and national readers read what is published, on the page, as PDF
 * and as a spreadsheet.
 */
@Controller
class RegionalPictureController {

    private final RegionalAnalyses analyses;
    private final CountyOverviews overviews;
    private final RegionalPictureExport export;
    private final RegionalDocumentViews views;

    RegionalPictureController(RegionalAnalyses analyses, CountyOverviews overviews, RegionalPictureExport export,
                              RegionalDocumentViews views) {
        this.views = views;
        this.analyses = analyses;
        this.overviews = overviews;
        this.export = export;
    }

    @GetMapping("/analysis/county/{countyCode}/regional")
    @PreAuthorize("hasRole('COUNTY_COORDINATOR')")
    String edit(@PathVariable String countyCode, @RequestParam(required = false) String period,
                @AuthenticationPrincipal CurrentUser user, Locale locale, Model model) {
        var existing = analyses.forWriting(user, countyCode, period);
        RegionalForm form = existing.map(RegionalForm::of).orElseGet(RegionalForm::new);
        return render(user, countyCode, period, existing.orElse(null), form, locale, model);
    }

    @PostMapping("/analysis/county/{countyCode}/regional")
    @PreAuthorize("hasRole('COUNTY_COORDINATOR')")
    String save(@PathVariable String countyCode, @RequestParam String period,
                @RequestParam(defaultValue = "save") String action,
                @ModelAttribute("form") RegionalForm form, BindingResult binding,
                @AuthenticationPrincipal CurrentUser user, Locale locale, Model model, RedirectAttributes redirect) {
        RegionalAnalysis saved;
        try {
            saved = analyses.save(user, countyCode, period, form.getVersion(), form.texts());
            if ("publish".equals(action)) {
                saved = analyses.publish(user, countyCode, period, saved.version());
                redirect.addFlashAttribute("published", true);
                return "redirect:/regional-pictures/" + saved.id();
            }
        } catch (RefusedInputException e) {
            e.problems().forEach(p -> binding.rejectValue(p.field(), p.code(), p.arguments(), null));
            return render(user, countyCode, period, current(user, countyCode, period), form, locale, model);
        } catch (InvalidInputException e) {
            binding.rejectValue(e.field(), e.messageKey());
            return render(user, countyCode, period, current(user, countyCode, period), form, locale, model);
        } catch (StaleEditException e) {
            // Keep what this user typed; a second save, now on the newer version, knowingly replaces the other's.
            RegionalAnalysis newer = current(user, countyCode, period);
            form.setVersion(newer == null ? null : newer.version());
            model.addAttribute("stale", true);
            return render(user, countyCode, period, newer, form, locale, model);
        }
        redirect.addFlashAttribute("saved", true);
        return "redirect:/analysis/county/" + countyCode + "/regional?period=" + saved.periodCode();
    }

    @PostMapping("/analysis/county/{countyCode}/regional/withdraw")
    @PreAuthorize("hasRole('COUNTY_COORDINATOR')")
    String withdraw(@PathVariable String countyCode, @RequestParam String period, @RequestParam int version,
                    @AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
        analyses.withdraw(user, countyCode, period, version);
        redirect.addFlashAttribute("withdrawn", true);
        return "redirect:/analysis/county/" + countyCode + "/regional?period=" + period;
    }

    private RegionalAnalysis current(CurrentUser user, String countyCode, String period) {
        return analyses.forWriting(user, countyCode, period).orElse(null);
    }

    private String render(CurrentUser user, String countyCode, String period, RegionalAnalysis analysis,
                          RegionalForm form, Locale locale, Model model) {
        model.addAttribute("overview", overviews.overview(user, countyCode, period, null, locale));
        model.addAttribute("analysis", analysis);
        model.addAttribute("form", form);
        model.addAttribute("themes", MeasuredTheme.values());
        return "analysis/regional-edit";
    }

    @GetMapping("/regional-pictures")
    @PreAuthorize("isAuthenticated()")
    String list(@AuthenticationPrincipal CurrentUser user, Model model) {
        model.addAttribute("pictures", analyses.visibleTo(user));
        return "analysis/regional-list";
    }

    @GetMapping("/regional-pictures/{id}")
    @PreAuthorize("isAuthenticated()")
    String show(@PathVariable long id, @AuthenticationPrincipal CurrentUser user, Locale locale, Model model) {
        RegionalAnalysis analysis = analyses.get(user, id);
        model.addAttribute("analysis", analysis);
        RegionalDocument doc = analyses.document(user, id, locale);
        model.addAttribute("doc", doc);
        model.addAttribute("view", views.of(doc, locale));
        // on the page only: the PDF has no links into the application
        model.addAttribute("observationLinks", analyses.observableMunicipalities(user, analysis));
        return "analysis/regional";
    }

    @GetMapping("/regional-pictures/{id}/pdf")
    @PreAuthorize("isAuthenticated()")
    ResponseEntity<byte[]> pdf(@PathVariable long id, @AuthenticationPrincipal CurrentUser user, Locale locale) {
        RegionalDocument doc = publishedDocument(user, id, locale);
        return download(export.pdf(doc, locale), MediaType.APPLICATION_PDF, RegionalPictureExport.fileName(doc, "pdf"));
    }

    @GetMapping("/regional-pictures/{id}/xlsx")
    @PreAuthorize("isAuthenticated()")
    ResponseEntity<byte[]> xlsx(@PathVariable long id, @AuthenticationPrincipal CurrentUser user, Locale locale) {
        RegionalDocument doc = publishedDocument(user, id, locale);
        return download(export.xlsx(doc, locale),
                MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
                RegionalPictureExport.fileName(doc, "xlsx"));
    }

    /** Only a published regional picture is a document that leaves the system. */
    private RegionalDocument publishedDocument(CurrentUser user, long id, Locale locale) {
        RegionalDocument doc = analyses.document(user, id, locale);
        if (!doc.published()) {
            throw new AnalysisStateException("a draft");
        }
        return doc;
    }

    private static ResponseEntity<byte[]> download(byte[] bytes, MediaType type, String fileName) {
        return ResponseEntity.ok()
                .contentType(type)
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(fileName, StandardCharsets.UTF_8).build().toString())
                .body(bytes);
    }

    @ExceptionHandler(AnalysisStateException.class)
    @ResponseStatus(HttpStatus.CONFLICT)
    String conflict(Model model) {
        model.addAttribute("status", 409);
        return "error";
    }
}
