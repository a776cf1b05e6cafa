package se.lagesbild.reporting.demo;

import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;

/**
 * The free text of the demo history: short, generic Swedish sentences about phenomena and places, never about
 * people, and with nothing the personal-data guard would refuse (a test holds every one of them to it).
 */
final class DemoTexts {

    /** Starts every demo report's joint summary, so that nobody mistakes the history for real reports. */
    static final String MARK = "Demodata – ";

    static final Map<String, String> THEME_NAMES = Map.of(
            "extremism", "våldsbejakande extremism",
            "racism", "rasism och hatbrott",
            "networks", "kriminella nätverk",
            "school", "klimatet i skolan",
            "leisure", "fritidsgårdar och fritid",
            "public_space", "otrygga platser och skadegörelse",
            "threats", "hot mot förtroendevalda och tjänstepersoner",
            "democracy", "demokrati och mänskliga rättigheter",
            "root_causes", "bakomliggande faktorer",
            "protective", "skyddsfaktorer");

    static final Map<String, List<String>> OBSERVED = Map.of(
            "extremism", List.of(
                    "Klistermärken med våldsbejakande budskap har setts vid en busshållplats i centrum "
                            + "och tagits bort.",
                    "Flygblad från en extremistisk organisation har delats ut utanför en livsmedelsbutik."),
            "racism", List.of(
                    "Nytt rasistiskt klotter i en gångtunnel nära resecentrum, sanerat under veckan.",
                    "Främlingsfientliga klistermärken på lyktstolpar längs huvudgatan, anmälda och borttagna.",
                    "Personalen hör fler rasistiska kommentarer mellan ungdomar än tidigare."),
            "networks", List.of(
                    "Fler signaler om att unga används som springpojkar för narkotikaförsäljning "
                            + "i ett bostadsområde.",
                    "En grupp äldre ungdomar uppehåller sig kvällstid vid en skola "
                            + "och uppges försöka värva yngre.",
                    "Ökad oro bland föräldrar för rekrytering av unga via sociala medier."),
            "school", List.of(
                    "Fler konflikter på rasterna och en del skadegörelse på toaletterna.",
                    "Lugnare läge sedan rastvärdar införts på skolgårdarna.",
                    "Några händelser med hot mellan elever har anmälts till huvudmannen."),
            "leisure", List.of(
                    "Stökigt på en fritidsgård under helgkvällar; extra personal har satts in.",
                    "Fler besökare än vanligt under lovet och överlag god stämning."),
            "public_space", List.of(
                    "Krossade rutor och trasig belysning i ett bostadsområde, felanmält till fastighetsägaren.",
                    "Flera mindre bränder i papperskorgar och containrar under veckan.",
                    "Boende upplever parkeringen vid centrum som otrygg på kvällarna."),
            "threats", List.of(
                    "Hotfulla meddelanden mot en tjänsteperson i sociala medier; händelsen är polisanmäld.",
                    "Hätska kommentarer mot förtroendevalda i samband med ett möte om skolans framtid."),
            "democracy", List.of(
                    "Lågt deltagande i dialogmöten från vissa bostadsområden.",
                    "Desinformation om kommunens verksamhet sprids i lokala grupper på sociala medier."),
            "root_causes", List.of(
                    "Fler hushåll söker ekonomiskt bistånd och väntetiden till stödsamtal har ökat.",
                    "Arbetslösheten bland unga vuxna ligger kvar på en hög nivå."),
            "protective", List.of(
                    "Föreningslivet har startat nya kvällsaktiviteter för unga i samarbete med kommunen.",
                    "Nattvandrare är ute varje helg och upplevs som ett stöd."));

    static final List<String> CONTRIBUTION_SUMMARIES = List.of(
            "Läget är i stort sett oförändrat sedan förra veckan.",
            "Inget särskilt att rapportera utöver bedömningarna ovan.",
            "Vi följer utvecklingen och återkommer om läget förändras.");

    static final List<String> CONTRIBUTION_RETURNS = List.of(
            "Komplettera med vad bedömningen av kriminella nätverk bygger på.",
            "Ange förändringen sedan förra veckan för alla teman.",
            "Beskriv vad ni har sett utan att peka ut enskilda personer.",
            "Nivån för rasism och hatbrott stämmer inte med beskrivningen, se över bedömningen.");

    static final List<String> PICTURE_RETURNS = List.of(
            "Sammanfattningen behöver beskriva var verksamheternas bedömningar skiljer sig åt.",
            "Komplettera bedömningen av klimatet i skolan med skolans underlag.");

    static final List<String> MINUTES = List.of(
            "Arbetsgruppen gick igenom månadens bidrag tema för tema och enades om den gemensamma bedömningen.",
            "Kort avstämning; inga nya händelser utöver det som framgår av bidragen.",
            "Genomgång av bidragen och av läget inför nästa månad.");

    static final String MINUTES_DISPUTED = "Skillnaderna mellan verksamheternas bedömningar diskuterades särskilt.";

    static final List<String> SUPPORT = List.of(
            "Metodstöd för att följa upp rekrytering av unga tillsammans med grannkommunerna.",
            "Utbildning för skolpersonal om våldsbejakande extremism.",
            "Samordning med länets övriga kommuner kring otrygga platser.");

    private DemoTexts() {
    }

    static String observed(String theme, Random random) {
        return pick(OBSERVED.get(theme), random);
    }

    static String contributionSummary(List<String> risingThemes, Random random) {
        if (risingThemes.isEmpty()) {
            return MARK + pick(CONTRIBUTION_SUMMARIES, random);
        }
        return MARK + "Vi ser en ökning när det gäller " + names(risingThemes) + ".";
    }

    static String pictureSummary(List<String> highest, List<String> rising, List<String> disputed) {
        var text = new StringBuilder(MARK);
        text.append(highest.isEmpty() ? "Arbetsgruppen bedömer läget som lugnt inom alla teman."
                : "Arbetsgruppen bedömer att läget är mest allvarligt när det gäller " + names(highest) + ".");
        if (!rising.isEmpty()) {
            text.append(" Ökning sedan förra månaden: ").append(names(rising)).append('.');
        }
        if (!disputed.isEmpty()) {
            text.append(" Verksamheterna gör olika bedömningar av ").append(names(disputed))
                    .append("; skillnaden har diskuterats i arbetsgruppen.");
        }
        if (rising.isEmpty() && disputed.isEmpty()) {
            text.append(" I övrigt är läget i stort sett oförändrat.");
        }
        return text.toString();
    }

    /** Every fixed sentence, for the test that holds them to the personal-data guard. */
    static Stream<String> all() {
        return Stream.of(OBSERVED.values().stream().flatMap(List::stream), CONTRIBUTION_SUMMARIES.stream(),
                CONTRIBUTION_RETURNS.stream(), PICTURE_RETURNS.stream(), SUPPORT.stream(), MINUTES.stream(),
                Stream.of(MINUTES_DISPUTED),
                THEME_NAMES.values().stream()).flatMap(s -> s);
    }

    static <T> T pick(List<T> options, Random random) {
        return options.get(random.nextInt(options.size()));
    }

    private static String names(List<String> themes) {
        List<String> names = themes.stream().map(THEME_NAMES::get).toList();
        if (names.size() == 1) {
            return names.get(0);
        }
        // "samt", because several names hold an "och" of their own
        return String.join(", ", names.subList(0, names.size() - 1)) + " samt " + names.get(names.size() - 1);
    }
}
