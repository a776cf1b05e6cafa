package se.lagesbild.bench;

import java.util.List;
import java.util.Map;
import java.util.Random;

import se.lagesbild.form.MeasuredTheme;

/** Short free texts for the synthetic reports: phenomena and places, never people (no personal data). */
final class SyntheticTexts {

    private static final Map<MeasuredTheme, List<String>> OBSERVED = Map.of(
            MeasuredTheme.EXTREMISM, List.of("Klistermärken med extremistiska budskap vid busshållplatser.",
                    "Flygblad från en våldsbejakande rörelse i centrum."),
            MeasuredTheme.RACISM, List.of("Rasistiskt klotter vid idrottsplatsen och i gångtunneln.",
                    "Fler klagomål om rasistiska kommentarer i kollektivtrafiken."),
            MeasuredTheme.NETWORKS, List.of("Unga rör sig kring centrum sena kvällar och rekryteras till småjobb.",
                    "Tecken på narkotikaförsäljning vid skolans parkering."),
            MeasuredTheme.SCHOOL, List.of("Fler anmälda hot mellan elever på högstadiet.",
                    "Oro i korridorerna efter en konflikt mellan två klasser."),
            MeasuredTheme.LEISURE, List.of("Stökigt på fritidsgården fredagskvällar.",
                    "Skadegörelse vid fritidsgården under helgerna."),
            MeasuredTheme.PUBLIC_SPACE, List.of("Trasig belysning och krossade rutor vid stationen.",
                    "Boende upplever torget som otryggt efter mörkrets inbrott."),
            MeasuredTheme.THREATS, List.of("Hot i sociala medier mot förtroendevalda efter ett beslut i nämnden.",
                    "Handläggare har fått hotfulla samtal."),
            MeasuredTheme.DEMOCRACY, List.of("Lågt deltagande på medborgardialogen.",
                    "Föreningar drar sig ur samverkan med kommunen."),
            MeasuredTheme.ROOT_CAUSES, List.of("Fler hushåll söker ekonomiskt bistånd.",
                    "Längre köer till ungdomsmottagningen."),
            MeasuredTheme.PROTECTIVE, List.of("Nattvandrare ute varje helg.",
                    "Idrottsföreningarna har öppnat hallarna på lovet."));

    private static final List<String> CONTRIBUTION_SUMMARIES = List.of("Lugn vecka.", "Inget särskilt att rapportera.",
            "Läget som förra veckan.", "Något oroligare i centrum.", "Fler händelser än vanligt i helgen.");
    private static final List<String> PICTURE_SUMMARIES = List.of(
            "Arbetsgruppen är i stort sett enig om läget. Följ upp utvecklingen i centrum.",
            "Flera verksamheter ser en ökning; vi behöver samordna insatserna under nästa månad.",
            "Läget är stabilt. Polis och skola gör olika bedömningar av nätverken, vilket följs upp.",
            "Sommaren har varit lugnare i skolan men mer händelser i offentlig miljö.");
    private static final List<String> SUPPORT = List.of("Metodstöd i lägesbildsarbetet.",
            "Utbildning om våldsbejakande extremism för skolpersonal.", "Samordning med grannkommunerna.");
    static final List<String> RETURNS = List.of("Komplettera bedömningen av nätverken.",
            "Förändringen stämmer inte med nivån, se över.", "Beskriv vad bedömningen bygger på.");

    private SyntheticTexts() {
    }

    static String observed(MeasuredTheme theme, Random random) {
        return pick(OBSERVED.get(theme), random);
    }

    static String contributionSummary(Random random) {
        return pick(CONTRIBUTION_SUMMARIES, random);
    }

    static String pictureSummary(Random random) {
        return pick(PICTURE_SUMMARIES, random);
    }

    static String support(Random random) {
        return pick(SUPPORT, random);
    }

    static String pick(List<String> texts, Random random) {
        return texts.get(random.nextInt(texts.size()));
    }
}
