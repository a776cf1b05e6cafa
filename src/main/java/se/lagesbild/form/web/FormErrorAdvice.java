package se.lagesbild.form.web;

import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;

import se.lagesbild.form.VersionFrozenException;

/** A published or retired version is never changed, whatever the request: 409 with a page that says why. */
@ControllerAdvice(basePackageClasses = FormErrorAdvice.class)
class FormErrorAdvice {

    @ExceptionHandler(VersionFrozenException.class)
    @ResponseStatus(HttpStatus.CONFLICT)
    String frozen(Model model) {
        model.addAttribute("status", HttpStatus.CONFLICT.value());
        return "error";
    }
}
