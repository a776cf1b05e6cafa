package se.lagesbild.analysis.map.web;

import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import se.lagesbild.analysis.map.BoundaryFileException;
import se.lagesbild.analysis.map.MapBoundaries;
import se.lagesbild.analysis.map.MapImportResult;
import se.lagesbild.shared.CurrentUser;

/** Administrators see which municipalities have a boundary and replace all boundaries from a GeoJSON file. */
@Controller
@PreAuthorize("hasRole('ADMIN')")
class MapAdminController {

    private static final int MAX_BYTES = MapBoundaries.MAX_UPLOAD_MEGABYTES * 1024 * 1024;

    private final MapBoundaries boundaries;
    private final MessageSource messages;

    MapAdminController(MapBoundaries boundaries, MessageSource messages) {
        this.boundaries = boundaries;
        this.messages = messages;
    }

    @GetMapping("/admin/map")
    String status(Model model) {
        model.addAttribute("status", boundaries.status());
        model.addAttribute("maxMegabytes", MapBoundaries.MAX_UPLOAD_MEGABYTES);
        return "analysis/map/admin";
    }

    @PostMapping("/admin/map/import")
    String importFile(@RequestParam(required = false) MultipartFile file, @AuthenticationPrincipal CurrentUser user,
                      Locale locale, RedirectAttributes redirect) throws IOException {
        if (file == null || file.isEmpty()) {
            redirect.addFlashAttribute("importError", text("map.import.error.missingFile", null, locale));
            return "redirect:/admin/map#import-heading";
        }
        byte[] bytes;
        try (InputStream in = file.getInputStream()) {
            bytes = in.readNBytes(MAX_BYTES + 1);
        }
        if (bytes.length > MAX_BYTES) {
            redirect.addFlashAttribute("importError", text("map.import.error.tooLarge",
                    new Object[] {MapBoundaries.MAX_UPLOAD_MEGABYTES}, locale));
            return "redirect:/admin/map#import-heading";
        }
        try {
            MapImportResult result = boundaries.importFile(sourceName(file), bytes, user.getUsername());
            redirect.addFlashAttribute("imported", result);
        } catch (BoundaryFileException refused) {
            redirect.addFlashAttribute("importError", text(refused.messageKey(), refused.args(), locale));
        }
        return "redirect:/admin/map#import-heading";
    }

    /** Only the file's own name, whatever path the browser sends. */
    private static String sourceName(MultipartFile file) {
        String name = file.getOriginalFilename();
        if (name == null || name.isBlank()) {
            return "uppladdad fil";
        }
        return name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
    }

    private String text(String key, Object[] args, Locale locale) {
        return messages.getMessage(key, args, locale);
    }
}
