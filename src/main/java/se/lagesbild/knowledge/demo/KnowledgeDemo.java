package se.lagesbild.knowledge.demo;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import se.lagesbild.form.MeasuredTheme;
import se.lagesbild.knowledge.KnowledgeBank;
import se.lagesbild.knowledge.KnowledgeDetails;
import se.lagesbild.knowledge.KnowledgeItem;
import se.lagesbild.knowledge.KnowledgeKind;
import se.lagesbild.knowledge.KnowledgeVisibility;
import se.lagesbild.shared.CurrentUser;
import se.lagesbild.shared.Role;
import se.lagesbild.shared.Scope;

/**
 * A few knowledge-bank items of Dalarna and Örebro, written through the real service as an administrator: methods
 * (a safety walk, EST), a good example of Falun with a generated PDF whose text mentions {@value #WORD_IN_PDF} (so a
 * search finds a word that is only inside the file), a contact and a report. Every summary starts with "Demodata,
 * inte verklig." and every item has the tag {@value #TAG}. Default profile only, and only while the knowledge bank
 * is empty.
 */
@Component
@ConditionalOnProperty(name = "lagesbild.demo-data.enabled", havingValue = "true")
@Order(30)
class KnowledgeDemo implements ApplicationRunner {

    static final String TAG = "demodata";
    static final String WORD_IN_PDF = "midnattsfotboll";
    private static final String DEMO = "Demodata, inte verklig. ";
    private static final Logger log = LoggerFactory.getLogger(KnowledgeDemo.class);

    private final KnowledgeBank bank;
    private final JdbcClient jdbc;
    private final Clock clock;

    KnowledgeDemo(KnowledgeBank bank, JdbcClient jdbc, Clock clock) {
        this.bank = bank;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (jdbc.sql("select count(*) from knowledge_item").query(Integer.class).single() > 0) {
            return;
        }
        var demo = new CurrentUser(0, "demo", "Demodata", Role.ADMIN, Scope.national(), "Sverige", true, null);
        LocalDate today = LocalDate.now(clock);
        bank.create(demo, details(KnowledgeKind.METHOD, "Trygghetsvandring", """
                        En trygghetsvandring är en promenad i ett bostadsområde där boende, kommunen, polisen och \
                        fastighetsägaren tillsammans pekar ut platser som känns otrygga och kommer överens om \
                        åtgärder: belysning, röjning av buskage, klotter som tas bort. Vandringen följs upp efter ett \
                        halvår.""", EnumSet.of(MeasuredTheme.PUBLIC_SPACE, MeasuredTheme.PROTECTIVE),
                "trygghet, situationell prevention", "20", today.minusDays(40), KnowledgeVisibility.ALL));
        KnowledgeItem example = bank.create(demo, details(KnowledgeKind.GOOD_EXAMPLE,
                "Fredagsöppet på fritidsgården", """
                        Fritidsgården höll öppet till midnatt på fredagar under hösten, med aktiviteter som de unga \
                        själva planerade tillsammans med fältassistenterna. Utvärderingen finns som bilaga.""",
                EnumSet.of(MeasuredTheme.LEISURE, MeasuredTheme.NETWORKS, MeasuredTheme.PROTECTIVE),
                "fritid, unga", "2080", today.minusDays(12), KnowledgeVisibility.COUNTY));
        bank.attach(demo, example.id(), example.version(), "Utvärdering fredagsöppet.pdf", pdf(List.of(
                "Utvärdering av fredagsöppet på fritidsgården (demodata, inte verklig)",
                "Under hösten kom i genomsnitt 45 unga varje fredagskväll.",
                "Mest uppskattat var " + WORD_IN_PDF + " i idrottshallen och nattkaféet.",
                "Fältassistenterna mötte fler unga som de inte nått tidigare.",
                "Rekommendation: fortsätt under våren och bjud in föreningslivet.")));
        bank.create(demo, details(KnowledgeKind.CONTACT, "Kunskapshuset: länets brottsförebyggande nätverk", """
                        Länsstyrelsen i Örebro län samordnar ett nätverk för kommunernas brottsförebyggande \
                        samordnare och kommunpoliser, med träffar fyra gånger om året. Nås via länsstyrelsens växel: \
                        fråga efter samordnaren för brottsförebyggande arbete.""",
                EnumSet.of(MeasuredTheme.ROOT_CAUSES, MeasuredTheme.PROTECTIVE), "nätverk, LänsBrå", "18",
                today.minusDays(90), KnowledgeVisibility.ALL));
        bank.create(demo, details(KnowledgeKind.METHOD, "Effektiv samordning för trygghet (EST)", """
                        Polis och kommun sammanställer varje vecka vad de sett, analyserar lägesbilden tillsammans \
                        och beslutar om insatser som följs upp veckan efter. Metoden passar bra ihop med den \
                        kommunala lägesbilden.""", EnumSet.of(MeasuredTheme.PUBLIC_SPACE, MeasuredTheme.NETWORKS),
                "EST, samverkan", "1880", today.minusDays(200), KnowledgeVisibility.ALL));
        bank.create(demo, details(KnowledgeKind.REPORT, "Hot och hat mot förtroendevalda: sammanställning", """
                        En sammanställning av vad kommunerna i länet rapporterat om hot och hat mot förtroendevalda \
                        och tjänstepersoner under året, med förslag på stöd från länsstyrelsen.""",
                EnumSet.of(MeasuredTheme.THREATS, MeasuredTheme.DEMOCRACY), "förtroendevalda", "20",
                today.minusDays(5), KnowledgeVisibility.COUNTY));
        log.info("Demo data: five knowledge-bank items, one with a PDF attachment");
    }

    private static KnowledgeDetails details(KnowledgeKind kind, String title, String summary,
                                            Set<MeasuredTheme> themes, String tags, String ownerCode, LocalDate date,
                                            KnowledgeVisibility visibility) {
        return new KnowledgeDetails(kind, title, DEMO + summary, themes, tags + ", " + TAG, ownerCode, date,
                visibility);
    }

    /** A one-page PDF with these lines, made with PDFBox (Helvetica covers å, ä and ö). */
    static byte[] pdf(List<String> lines) {
        try (var document = new PDDocument(); var out = new ByteArrayOutputStream()) {
            var page = new PDPage(PDRectangle.A4);
            document.addPage(page);
            var font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
            try (var content = new PDPageContentStream(document, page)) {
                content.beginText();
                content.setFont(font, 11);
                content.setLeading(16);
                content.newLineAtOffset(56, 780);
                for (String line : lines) {
                    content.showText(line);
                    content.newLine();
                }
                content.endText();
            }
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
