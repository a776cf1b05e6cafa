package se.lagesbild.shared.web;

import org.springframework.validation.BindingResult;

import se.lagesbild.shared.RefusedInputException;

/** Puts a refusal's problems at their fields, so that the page shows each beside what the user typed. */
public final class FormErrors {

    private FormErrors() {
    }

    public static void reject(BindingResult binding, RefusedInputException refused) {
        refused.problems().forEach(problem -> binding.rejectValue(problem.field(), problem.code(),
                problem.arguments(), null));
    }
}
