package se.lagesbild.forum;

import java.util.List;

/**
 * The questions of a forum, as the county coordinator chose them: a published form version they may read, or
 * questions written on the forum (rows as the form has them, blank ones included), from which a county-owned form is
 * made and published.
 */
public record QuestionSet(Long formVersionId, List<String> ownQuestions) {

    /** At most this many questions can be written on a forum. */
    public static final int MAX_OWN_QUESTIONS = 10;

    public QuestionSet {
        ownQuestions = ownQuestions == null ? List.of()
                : ownQuestions.stream().map(q -> q == null ? "" : q.strip()).toList();
    }

    public static QuestionSet ofForm(long formVersionId) {
        return new QuestionSet(formVersionId, List.of());
    }

    public static QuestionSet ofOwn(List<String> questions) {
        return new QuestionSet(null, questions);
    }

    public boolean usesForm() {
        return formVersionId != null;
    }

    /** The questions written, without the blank rows. */
    public List<String> writtenQuestions() {
        return ownQuestions.stream().filter(q -> !q.isEmpty()).toList();
    }

    /**
     * The five questions of Västra Götaland's mapping of human rights and democracy (dialogue forum of 3 March 2023),
     * offered as a one-click start.
     */
    public static final List<String> HUMAN_RIGHTS_AND_DEMOCRACY = List.of(
            "Hur bedrivs och organiseras arbetet med mänskliga rättigheter och demokrati i er kommun?",
            "Finns det grupper bland kommuninvånarna som ni prioriterar i arbetet med mänskliga rättigheter?",
            "Vilka möjligheter och utmaningar finns i ert arbete med mänskliga rättigheter? Exempelvis kring "
                    + "strukturella förutsättningar, organisering, uppföljning, utanförskap bland kommuninvånare.",
            "Vilka möjligheter och utmaningar finns för att främja, förankra och försvara en demokrati för alla i "
                    + "kommunen? Exempelvis kring demokratiskt utanförskap, antidemokratiska krafter, ett hotat "
                    + "demokratiskt samtal.",
            "Vilket stöd önskar ni från Länsstyrelsen i arbetet med mänskliga rättigheter och demokrati?");
}
