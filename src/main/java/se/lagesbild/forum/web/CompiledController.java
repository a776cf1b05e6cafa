package se.lagesbild.forum.web;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Locale;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import se.lagesbild.forum.ForumCompilation;
import se.lagesbild.forum.ForumCompilation.CompiledAnswers;
import se.lagesbild.organisation.Organisations;
import se.lagesbild.shared.CurrentUser;
import se.lagesbild.shared.Role;

/** The county board's compilation of the submitted answers: on a page, and as a PDF. */
@Controller
class CompiledController {

    static final String COUNTY_READERS = "hasAnyRole('ADMIN', 'COUNTY_COORDINATOR')";

    private final ForumCompilation compilation;
    private final CompiledPdf pdf;
    private final Organisations organisations;

    CompiledController(ForumCompilation compilation, CompiledPdf pdf, Organisations organisations) {
        this.compilation = compilation;
        this.pdf = pdf;
        this.organisations = organisations;
    }

    @GetMapping("/forums/{id}/compiled")
    @PreAuthorize(COUNTY_READERS)
    String compiled(@PathVariable long id, @AuthenticationPrincipal CurrentUser user, Locale locale, Model model) {
        CompiledAnswers compiled = compilation.compiled(user, id, locale);
        model.addAttribute("compiled", compiled);
        model.addAttribute("countyCode", organisations.get(compiled.forum().countyId()).code());
        model.addAttribute("writesJointProblems", user.role() == Role.COUNTY_COORDINATOR);
        return "forum/compiled";
    }

    @GetMapping("/forums/{id}/pdf")
    @PreAuthorize(COUNTY_READERS)
    ResponseEntity<byte[]> pdf(@PathVariable long id, @AuthenticationPrincipal CurrentUser user, Locale locale) {
        CompiledAnswers compiled = compilation.compiled(user, id, locale);
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(fileName(compiled), StandardCharsets.UTF_8).build().toString())
                .body(pdf.render(compiled));
    }

    /** A file name without spaces or letters outside ASCII, e.g. {@code svar-manskliga-rattigheter-2026-03-03.pdf}. */
    static String fileName(CompiledAnswers compiled) {
        String title = Normalizer.normalize(compiled.forum().title(), Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
        if (title.length() > 60) {
            title = title.substring(0, 60).replaceAll("-$", "");
        }
        return "svar-" + (title.isEmpty() ? "forum" : title) + "-" + compiled.forum().heldOn() + ".pdf";
    }
}
