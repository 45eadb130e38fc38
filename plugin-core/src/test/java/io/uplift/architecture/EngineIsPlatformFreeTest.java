package io.uplift.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import io.uplift.broadleaf.slot.JpaWidgetSettingsSource;
import org.junit.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.junit.Assert.assertTrue;

/**
 * The engine, the slot model and the widgets import no platform class: Broadleaf, JPA, Servlet, Thymeleaf,
 * Hibernate and Spring live in the adapters ({@code io.uplift.broadleaf..}) only. This keeps them testable on
 * literal fixtures and portable to another shop platform.
 */
public class EngineIsPlatformFreeTest {

    static final String[] PLATFORM_FREE = {"io.uplift.engine..", "io.uplift.slot..", "io.uplift.widget.."};

    static final String[] PLATFORM = {"org.broadleafcommerce..", "javax.persistence..", "javax.servlet..",
            "org.thymeleaf..", "org.hibernate..", "org.springframework.."};

    private static final JavaClasses MAIN_CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.uplift");

    @Test
    public void engineSlotAndWidgetsDependOnNoPlatformClass() {
        ArchRule rule = noClasses().that().resideInAnyPackage(PLATFORM_FREE)
                .should().dependOnClassesThat().resideInAnyPackage(PLATFORM)
                .because("the engine is platform-free; Broadleaf lives in adapters (style guide, habit 2)");
        // the rule fails on an empty selection (ArchUnit's failOnEmptyShould), so a wrong package cannot pass it
        rule.check(MAIN_CLASSES);
    }

    /** Proves the forbidden packages are spelled so that they match: the Broadleaf adapter must break the rule. */
    @Test
    public void theRuleCatchesTheBroadleafAdapter() {
        ArchRule rule = noClasses().should().dependOnClassesThat().resideInAnyPackage(PLATFORM);
        assertTrue(rule.evaluate(new ClassFileImporter().importClasses(JpaWidgetSettingsSource.class))
                .hasViolation());
    }
}
