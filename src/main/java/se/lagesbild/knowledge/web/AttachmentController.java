package se.lagesbild.knowledge.web;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
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
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import se.lagesbild.knowledge.AttachmentFile;
import se.lagesbild.knowledge.KnowledgeBank;
import se.lagesbild.knowledge.KnowledgeView;
import se.lagesbild.shared.CurrentUser;
import se.lagesbild.shared.RefusedInputException;
import se.lagesbild.shared.StaleEditException;

/**
 * Attaching a file to an item, downloading it and removing it. A download is always offered as a file to save
 * ({@code Content-Disposition: attachment}) with the type detected at upload and {@code nosniff}, so that a browser
 * never renders or guesses it; the name is the sanitised one, never a path.
 */
@Controller
class AttachmentController {

    private final KnowledgeBank bank;

    AttachmentController(KnowledgeBank bank) {
        this.bank = bank;
    }

    @PostMapping("/knowledge/{id}/attachments")
    @PreAuthorize(KnowledgeController.WRITERS)
    String upload(@PathVariable long id, @ModelAttribute("uploadForm") UploadForm form, BindingResult binding,
                  @AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect)
            throws IOException {
        MultipartFile file = form.getFile();
        try {
            bank.attach(user, id, form.getVersion(), file == null ? null : file.getOriginalFilename(), read(file));
        } catch (RefusedInputException e) {
            FieldErrors.reject(binding, e);
            return render(user, id, form, model);
        } catch (StaleEditException e) {
            binding.rejectValue(KnowledgeBank.FILE_FIELD, "knowledge.file.stale");
            return render(user, id, form, model);
        }
        redirect.addFlashAttribute("attached", true);
        return "redirect:/knowledge/" + id + "#attachments";
    }

    private String render(CurrentUser user, long id, UploadForm form, Model model) {
        KnowledgeView view = bank.view(user, id);
        form.setVersion(view.item().version());
        model.addAttribute("view", view);
        model.addAttribute("maxMegabytes", KnowledgeBank.MAX_FILE_MEGABYTES);
        return "knowledge/item";
    }

    /**
     * The file's bytes, never more than one byte over the limit (so that a file too large is told so without being
     * read whole); null when no file was chosen, empty for a chosen file without content.
     */
    private static byte[] read(MultipartFile file) throws IOException {
        if (file == null || (file.isEmpty() && (file.getOriginalFilename() == null
                || file.getOriginalFilename().isBlank()))) {
            return null;
        }
        try (InputStream in = file.getInputStream()) {
            return in.readNBytes(KnowledgeBank.MAX_FILE_BYTES + 1);
        }
    }

    @GetMapping("/knowledge/attachments/{id}")
    @PreAuthorize(KnowledgeController.READERS)
    ResponseEntity<byte[]> download(@PathVariable long id, @AuthenticationPrincipal CurrentUser user) {
        AttachmentFile file = bank.download(user, id);
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(file.type().mediaType()))
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(file.name(), StandardCharsets.UTF_8).build()
                                .toString())
                .header("X-Content-Type-Options", "nosniff")
                .contentLength(file.content().length)
                .body(file.content());
    }

    /** {@code version}: the item's version the page showed; without it, or a stale one, nothing is removed (409). */
    @PostMapping("/knowledge/attachments/{id}/delete")
    @PreAuthorize(KnowledgeController.WRITERS)
    String delete(@PathVariable long id, @RequestParam(required = false) Integer version,
                  @AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
        long item = bank.detach(user, id, version);
        redirect.addFlashAttribute("detached", true);
        return "redirect:/knowledge/" + item + "#attachments";
    }
}
