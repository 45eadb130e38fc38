package io.uplift.admin.validation;

import io.uplift.broadleaf.upsell.domain.UpliftComparisonGroupImpl;
import io.uplift.engine.source.SourceRegistry;
import io.uplift.engine.source.SuggestionSource;
import org.broadleafcommerce.common.presentation.AdminPresentation;
import org.broadleafcommerce.common.presentation.ConfigurationItem;
import org.broadleafcommerce.openadmin.server.service.persistence.validation.PropertyValidationResult;
import org.broadleafcommerce.openadmin.server.service.persistence.validation.RegexPropertyValidator;
import org.junit.Test;

import java.util.Collections;
import java.util.HashMap;
import java.util.Map;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

/**
 * A value longer than its column is refused by the admin with a message quoting it, instead of reaching the database
 * (which refuses it with an error the merchandiser cannot read).
 */
public class ColumnLengthTest {

    /** The attributes field's own validation configuration, read from the entity's annotation. */
    private static Map<String, String> attributesRule() throws Exception {
        AdminPresentation p = UpliftComparisonGroupImpl.class.getDeclaredField("attributes")
                .getAnnotation(AdminPresentation.class);
        Map<String, String> config = new HashMap<String, String>();
        for (ConfigurationItem item : p.validationConfigurations()[0].configurationItems()) {
            config.put(item.itemName(), item.itemValue());
        }
        assertEquals("blUpliftQuotedRegexValidator", p.validationConfigurations()[0].validationImplementation());
        return config;
    }

    private static String names(int count, int length) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < count; i++) {
            sb.append(i == 0 ? "" : ",");
            for (int j = 0; j < length; j++) {
                sb.append((char) ('a' + (i + j) % 26));
            }
        }
        return sb.toString();
    }

    @Test
    public void comparisonAttributesFitTheirColumnOf400Characters() throws Exception {
        Map<String, String> rule = attributesRule();
        QuotingValidator v = new QuotingValidator(new RegexPropertyValidator());
        for (String ok : new String[] {"", "storage, ram, battery", names(20, 19)}) {
            assertTrue(ok, v.validate(null, null, null, rule, null, "attributes", ok).isValid());
        }
        String tooLong = names(20, 60); // 20 names of 60 characters: 1,219 characters, each name allowed
        assertTrue(tooLong.length() > 400);
        PropertyValidationResult r = v.validate(null, null, null, rule, null, "attributes", tooLong);
        assertFalse(r.isValid());
        assertTrue(r.getErrorMessage(), r.getErrorMessage().startsWith("Attributes must be blank or up to 20 names"));
        assertTrue(r.getErrorMessage(), r.getErrorMessage().contains("400 characters in all"));
        assertTrue(r.getErrorMessage(), r.getErrorMessage().contains("You entered '" + tooLong.substring(0, 40)
                + "...' (1219 characters)."));
        assertFalse("a name with < still refused",
                v.validate(null, null, null, rule, null, "attributes", "ram,<b>").isValid());
    }

    @Test
    public void experimentVariantsFitTheirColumnOf2000Characters() {
        ExperimentVariantsValidator v = new ExperimentVariantsValidator(new SourceRegistry(
                Collections.<SuggestionSource>emptyList()));
        StringBuilder text = new StringBuilder();
        while (text.length() <= ExperimentVariantsValidator.MAX_LENGTH) {
            text.append("control 50\n");
        }
        String problem = v.problem(text.toString());
        assertTrue(problem, problem.startsWith("The variants take at most 2000 characters in all, these take "
                + text.length()));
        assertTrue(problem, problem.contains("You entered 'control 50"));
        assertNull(v.problem("a 50\nb 50"));
    }
}
