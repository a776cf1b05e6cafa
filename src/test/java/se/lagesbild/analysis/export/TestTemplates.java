package se.lagesbild.analysis.export;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

import org.springframework.context.support.ResourceBundleMessageSource;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/** The application's templates and message bundles without a Spring context (and so without a database). */
final class TestTemplates {

    private TestTemplates() {
    }

    /** The bundles named by {@code spring.messages.basename}, with the application's settings. */
    static ResourceBundleMessageSource messages() {
        Properties application = new Properties();
        try (var in = TestTemplates.class.getResourceAsStream("/application.properties")) {
            application.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        var messages = new ResourceBundleMessageSource();
        messages.setBasenames(application.getProperty("spring.messages.basename").split(","));
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        return messages;
    }

    static SpringTemplateEngine engine(ResourceBundleMessageSource messages) {
        var resolver = new ClassLoaderTemplateResolver();
        resolver.setPrefix("templates/");
        resolver.setSuffix(".html");
        resolver.setTemplateMode(TemplateMode.HTML);
        resolver.setCharacterEncoding("UTF-8");
        var engine = new SpringTemplateEngine();
        engine.setTemplateResolver(resolver);
        engine.setTemplateEngineMessageSource(messages);
        return engine;
    }

    static RegionalPictureExport export() {
        var messages = messages();
        return new RegionalPictureExport(engine(messages), messages, new RegionalDocumentViews(messages));
    }
}
