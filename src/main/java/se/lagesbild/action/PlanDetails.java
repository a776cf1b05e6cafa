package se.lagesbild.action;

import java.time.LocalDate;

/**
 * What a plan's form edits. The signatories and the signing date belong to promises and agreements, the public
 * summary of the follow-up to citizen promises; other plans ignore them.
 */
public record PlanDetails(String title, LocalDate startsOn, LocalDate endsOn, PlanStatus status,
                          String municipalitySignatory, String policeSignatory, LocalDate signedOn,
                          String publicSummary) {

    public PlanDetails {
        title = title == null ? "" : title.strip();
        status = status == null ? PlanStatus.DRAFT : status;
        municipalitySignatory = municipalitySignatory == null ? "" : municipalitySignatory.strip();
        policeSignatory = policeSignatory == null ? "" : policeSignatory.strip();
        publicSummary = publicSummary == null ? "" : publicSummary.strip();
    }
}
