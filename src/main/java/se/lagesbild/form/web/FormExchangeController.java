package se.lagesbild.form.web;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import se.lagesbild.form.Form;
import se.lagesbild.form.FormDocument;
import se.lagesbild.form.FormVersion;
import se.lagesbild.form.Forms;
import se.lagesbild.form.InvalidFormException;
import se.lagesbild.form.exchange.FormImportException;
import se.lagesbild.form.exchange.FormJsonExchange;
import se.lagesbild.form.exchange.FormSpreadsheet;
import se.lagesbild.form.exchange.ImportProblem;
import se.lagesbild.shared.CurrentUser;

/** Export of a version to XLSX or JSON, and import of such a file into a form's draft (all or nothing). */
@Controller
@PreAuthorize("isAuthenticated()")
class FormExchangeController {

    static final MediaType XLSX =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final Forms forms;
    private final MessageSource messages;

    FormExchangeController(Forms forms, MessageSource messages) {
        this.forms = forms;
        this.messages = messages;
    }

    @GetMapping("/forms/versions/{id}/export.xlsx")
    ResponseEntity<byte[]> exportXlsx(@PathVariable long id, @AuthenticationPrincipal CurrentUser user) {
        FormDocument document = document(user, id);
        return file(FormSpreadsheet.export(document), XLSX, fileName(document, "xlsx"));
    }

    @GetMapping("/forms/versions/{id}/export.json")
    ResponseEntity<byte[]> exportJson(@PathVariable long id, @AuthenticationPrincipal CurrentUser user) {
        FormDocument document = document(user, id);
        return file(FormJsonExchange.export(document), MediaType.APPLICATION_JSON, fileName(document, "json"));
    }

    /** The file's content decides its format: an XLSX file is a ZIP archive, a JSON export starts with a brace. */
    @PostMapping("/forms/{id}/import")
    @PreAuthorize("hasAnyRole('ADMIN', 'COUNTY_COORDINATOR', 'MUNICIPAL_COORDINATOR')")
    String importFile(@PathVariable long id, @RequestParam(required = false) MultipartFile file,
                      @AuthenticationPrincipal CurrentUser user, Locale locale, RedirectAttributes redirect)
            throws IOException {
        forms.manageable(user, id);
        if (file == null || file.isEmpty()) {
            redirect.addFlashAttribute("importProblems", List.of(text("import.file.missing", locale)));
            return "redirect:/forms/" + id + "#import-heading";
        }
        try (InputStream in = new BufferedInputStream(file.getInputStream())) {
            boolean json = startsWithBrace(in);
            FormDocument document = json ? FormJsonExchange.importFrom(in) : FormSpreadsheet.importFrom(in);
            forms.importInto(user, id, document, json ? "json" : "xlsx");
            redirect.addFlashAttribute("imported", true);
        } catch (FormImportException invalid) {
            redirect.addFlashAttribute("importProblems", invalid.problems().stream()
                    .map(problem -> line(problem, locale)).toList());
        } catch (InvalidFormException invalid) {
            redirect.addFlashAttribute("importProblems", invalid.problems().stream()
                    .map(problem -> (problem.questionKey() != null ? problem.questionKey() : problem.themeKey())
                            + ": " + messages.getMessage(problem.messageKey(), problem.args().toArray(), locale))
                    .toList());
        }
        return "redirect:/forms/" + id + "#import-heading";
    }

    private FormDocument document(CurrentUser user, long versionId) {
        FormVersion version = forms.readableVersion(user, versionId);
        Form form = forms.readable(user, version.formId());
        return new FormDocument(form.formKey(), form.name(), version.number(), version.definition());
    }

    private String line(ImportProblem problem, Locale locale) {
        String message = messages.getMessage(problem.messageKey(), problem.args().toArray(), locale);
        return messages.getMessage(problem.locationMessageKey(), problem.locationArgs(message), locale);
    }

    private String text(String key, Locale locale) {
        return messages.getMessage(key, null, locale);
    }

    private static boolean startsWithBrace(InputStream in) throws IOException {
        in.mark(64);
        int b;
        do {
            b = in.read();
        } while (b == ' ' || b == '\n' || b == '\r' || b == '\t' || b == 0xEF || b == 0xBB || b == 0xBF);
        in.reset();
        return b == '{';
    }

    private static String fileName(FormDocument document, String extension) {
        return document.formKey() + "-v" + document.versionNumber() + "." + extension;
    }

    private static ResponseEntity<byte[]> file(byte[] content, MediaType type, String name) {
        return ResponseEntity.ok()
                .contentType(type)
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(name, StandardCharsets.UTF_8).build().toString())
                .body(content);
    }
}
