package se.lagesbild.form;

import java.util.ArrayList;
import java.util.List;

/**
 * The default form the county board starts from: the ten themes of the method (see the domain description), each
 * with the same core questions — assessed level, change, what was observed and what the assessment rests on —
 * plus counts where a number is meaningful, and a closing summary. Keys are stable; later versions may add
 * questions but must keep these keys so that old answers stay comparable.
 */
public final class DefaultForm {

    public static final String KEY = "lagesbild-sociala-risker";
    public static final LocalizedText NAME = LocalizedText.of("Lägesbild sociala risker",
            "Situational picture of social risks");

    public static final String SUMMARY = "summary";

    private static final int OBSERVED_MAX_LENGTH = 2000;
    private static final int SUMMARY_MAX_LENGTH = 4000;
    private static final int COUNT_MAX = 10_000;

    /** A whole-number question for one theme; {@code whenObserved} shows it only when the level is at least 1. */
    private record Count(String suffix, LocalizedText label, LocalizedText help, boolean whenObserved) {
    }

    /** What sets one theme apart: its title, an optional note on the level scale, and its counts. */
    private record Spec(MeasuredTheme theme, LocalizedText title, LocalizedText levelNote, List<Count> counts) {
    }

    private static final List<Spec> THEMES = List.of(
            new Spec(MeasuredTheme.EXTREMISM,
                    t("Våldsbejakande extremism (höger, vänster, islamistisk)",
                            "Violent extremism (right-wing, left-wing, Islamist)"),
                    null,
                    List.of(new Count("incidents",
                            t("Antal kända händelser med våldsbejakande extremistisk propaganda eller aktivitet",
                                    "Number of known incidents of violent-extremist propaganda or activity"),
                            t("T.ex. flygblad, klistermärken, möten eller rekryteringsförsök som ni känner till "
                                            + "under perioden. Räkna varje händelse en gång.",
                                    "E.g. leaflets, stickers, meetings or recruitment attempts you know of during "
                                            + "the period. Count each incident once."),
                            true))),
            new Spec(MeasuredTheme.RACISM,
                    t("Rasism, hatbrott och främlingsfientlighet", "Racism, hate crime and xenophobia"),
                    null,
                    List.of(new Count("reports",
                            t("Antal anmälningar om rasistiskt klotter eller rasistisk propaganda",
                                    "Number of reports of racist graffiti or propaganda"),
                            t("Anmälningar, felanmälningar och klagomål under perioden, t.ex. klotter, "
                                            + "klistermärken eller flygblad.",
                                    "Reports, fault reports and complaints during the period, e.g. graffiti, "
                                            + "stickers or leaflets."),
                            false))),
            new Spec(MeasuredTheme.NETWORKS,
                    t("Kriminella nätverk och rekrytering av unga",
                            "Criminal networks and recruitment of young people"),
                    null,
                    List.of(new Count("youths_at_risk",
                            t("Antal unga som ni vet rekryteras eller riskerar att rekryteras",
                                    "Number of young people known to be recruited or at risk of recruitment"),
                            t("Ange bara ett antal, aldrig uppgifter om enskilda. Räkna varje ung person en gång.",
                                    "Give a number only, never details about individuals. Count each young "
                                            + "person once."),
                            false))),
            new Spec(MeasuredTheme.SCHOOL,
                    t("Klimatet i skolan", "School climate"),
                    null,
                    List.of(new Count("incidents",
                            t("Antal anmälda händelser med hot eller våld i skolan",
                                    "Number of reported incidents of threats or violence in school"),
                            t("Händelser som anmälts till huvudmannen eller polisen under perioden.",
                                    "Incidents reported to the school organiser or the police during the period."),
                            false))),
            new Spec(MeasuredTheme.LEISURE,
                    t("Fritidsgårdar och fritid", "Youth centres and leisure"),
                    null,
                    List.of(new Count("incidents",
                            t("Antal incidenter på fritidsgårdar", "Number of incidents at youth centres"),
                            t("T.ex. hot, våld, skadegörelse eller stökiga situationer som personalen har "
                                            + "dokumenterat under perioden.",
                                    "E.g. threats, violence, vandalism or disturbances that staff have recorded "
                                            + "during the period."),
                            false))),
            new Spec(MeasuredTheme.PUBLIC_SPACE,
                    t("Bostadsområden och offentlig miljö (otrygga platser, skadegörelse)",
                            "Housing areas and public space (unsafe places, vandalism)"),
                    null,
                    List.of(new Count("reports",
                            t("Antal anmälningar om skadegörelse eller otrygga platser",
                                    "Number of reports of vandalism or unsafe places"),
                            t("Felanmälningar, klagomål och polisanmälningar under perioden, t.ex. klotter, "
                                            + "krossade rutor, trasig belysning eller platser som upplevs otrygga.",
                                    "Fault reports, complaints and police reports during the period, e.g. "
                                            + "graffiti, broken windows, broken lighting or places that feel unsafe."),
                            false))),
            new Spec(MeasuredTheme.THREATS,
                    t("Hot och hat mot förtroendevalda, tjänstepersoner och journalister",
                            "Threats and hate against elected representatives, officials and journalists"),
                    null,
                    List.of(new Count("reports",
                            t("Antal anmälda fall av hot eller hat mot förtroendevalda, tjänstepersoner "
                                            + "eller journalister",
                                    "Number of reported cases of threats or hate against elected "
                                            + "representatives, officials or journalists"),
                            t("Fall som anmälts till arbetsgivaren eller polisen under perioden.",
                                    "Cases reported to the employer or the police during the period."),
                            false))),
            new Spec(MeasuredTheme.DEMOCRACY,
                    t("Demokrati och mänskliga rättigheter", "Democracy and human rights"),
                    null,
                    List.of()),
            new Spec(MeasuredTheme.ROOT_CAUSES,
                    t("Bakomliggande faktorer: arbetslöshet, psykisk ohälsa, utanförskap",
                            "Root causes: unemployment, mental ill-health, exclusion"),
                    null,
                    List.of()),
            new Spec(MeasuredTheme.PROTECTIVE,
                    t("Skyddsfaktorer och positiva krafter (civilsamhälle, föreningsliv)",
                            "Protective factors and positive forces (civil society, associations)"),
                    t("Här gäller nivån hur starka skyddsfaktorerna är, så en hög nivå är positiv.",
                            "Here the level describes how strong the protective factors are, so a high level "
                                    + "is positive."),
                    List.of()));

    private static final LocalizedText LEVEL_HELP = t(
            "0 = inte observerat, 1 = låg, 2 = måttlig, 3 = hög, 4 = mycket hög. "
                    + "Välj ”vet ej” om ni saknar underlag för en bedömning.",
            "0 = not observed, 1 = low, 2 = moderate, 3 = high, 4 = very high. "
                    + "Choose “don't know” if you have no basis for an assessment.");

    private static final List<Choice> BASIS_CHOICES = List.of(
            new Choice("own_observation", t("Egna iakttagelser", "Own observations")),
            new Choice("reports", t("Anmälningar eller klagomål", "Reports or complaints")),
            new Choice("statistics", t("Statistik", "Statistics")),
            new Choice("partner_information", t("Information från samverkanspartner", "Information from partners")));

    private DefaultForm() {
    }

    public static FormDefinition definition() {
        var themes = new ArrayList<Theme>();
        for (Spec spec : THEMES) {
            themes.add(theme(spec));
        }
        themes.add(summary());
        return new FormDefinition(themes);
    }

    private static Theme theme(Spec spec) {
        String k = spec.theme().key();
        var questions = new ArrayList<Question>();
        LocalizedText levelHelp = spec.levelNote() == null ? LEVEL_HELP
                : t(LEVEL_HELP.sv() + " " + spec.levelNote().sv(), LEVEL_HELP.en() + " " + spec.levelNote().en());
        questions.add(new Question(k + "_level", QuestionType.LEVEL,
                t("Bedömd nivå just nu", "Assessed level right now"), levelHelp,
                true, k, null, null, null, null, null));
        questions.add(new Question(k + "_change", QuestionType.CHANGE,
                t("Förändring sedan förra perioden", "Change since the previous period"),
                t("Har det minskat, är det oförändrat eller har det ökat jämfört med förra perioden? "
                                + "Välj ”vet ej” om ni inte kan jämföra.",
                        "Has it decreased, stayed the same or increased compared with the previous period? "
                                + "Choose “don't know” if you cannot compare."),
                true, k, null, null, null, null, null));
        questions.add(new Question(k + "_observed", QuestionType.TEXT,
                t("Vad har ni sett?", "What have you observed?"),
                t("Beskriv företeelser, platser och tidpunkter – inte personer. Skriv aldrig namn, personnummer, "
                                + "telefonnummer eller e-postadresser; text med personuppgifter tas inte emot.",
                        "Describe phenomena, places and times – not people. Never write names, personal identity "
                                + "numbers, phone numbers or e-mail addresses; text containing personal data is "
                                + "refused."),
                false, k, null, null, OBSERVED_MAX_LENGTH, null, null));
        questions.add(new Question(k + "_basis", QuestionType.MULTIPLE_CHOICE,
                t("Vad bygger bedömningen på?", "What is the assessment based on?"),
                t("Markera allt som stämmer.", "Tick all that apply."),
                false, k, null, null, null, BASIS_CHOICES, null));
        for (Count count : spec.counts()) {
            questions.add(new Question(k + "_" + count.suffix(), QuestionType.INTEGER, count.label(), count.help(),
                    false, k, 0, COUNT_MAX, null, null,
                    count.whenObserved() ? new Condition(k + "_level", 1) : null));
        }
        return new Theme(k, spec.title(), questions);
    }

    private static Theme summary() {
        return new Theme(SUMMARY, t("Sammanfattning", "Summary"), List.of(
                new Question("summary_joint", QuestionType.TEXT,
                        t("Gemensam sammanfattning av läget", "Joint summary of the situation"),
                        t("Er samlade bedömning: vilka teman sticker ut, var skiljer sig bilderna åt mellan "
                                        + "verksamheterna och vad behöver följas upp? Inga personuppgifter.",
                                "Your overall assessment: which themes stand out, where do the pictures from "
                                        + "different sectors differ, and what needs following up? No personal "
                                        + "data."),
                        true, null, null, null, SUMMARY_MAX_LENGTH, null, null),
                new Question("summary_support", QuestionType.TEXT,
                        t("Stöd ni önskar från länsstyrelsen",
                                "Support you would like from the county administrative board"),
                        t("T.ex. kunskaps- eller metodstöd, utbildning eller samordning med andra kommuner.",
                                "E.g. knowledge or method support, training, or coordination with other "
                                        + "municipalities."),
                        false, null, null, null, OBSERVED_MAX_LENGTH, null, null),
                new Question("summary_followup", QuestionType.YES_NO,
                        t("Vill ni att länsstyrelsen kontaktar er för att följa upp lägesbilden?",
                                "Would you like the county administrative board to contact you to follow up "
                                        + "on this picture?"),
                        t("T.ex. om något i lägesbilden behöver diskuteras före nästa period.",
                                "E.g. if something in the picture needs discussing before the next period."),
                        false, null, null, null, null, null, null)));
    }

    private static LocalizedText t(String sv, String en) {
        return LocalizedText.of(sv, en);
    }
}
