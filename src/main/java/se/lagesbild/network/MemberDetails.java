package se.lagesbild.network;

/**
 * A member as the county's coordinator describes them: given and family name (structured, never free text), where
 * they come from (a municipality of the county by its SCB code, the police with an optional municipality, the county
 * board, or a partner organisation named in words), their role or title, and optionally the id of an account of the
 * county to link.
 */
public record MemberDetails(String givenName, String familyName, MemberKind kind, String municipalityCode,
                            String partnerOrganisation, String roleTitle, Long accountId) {
}
