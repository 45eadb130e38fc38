package io.uplift.admin.validation;

import org.broadleafcommerce.openadmin.dto.BasicFieldMetadata;
import org.broadleafcommerce.openadmin.dto.Entity;
import org.broadleafcommerce.openadmin.dto.FieldMetadata;
import org.broadleafcommerce.openadmin.dto.Property;
import org.broadleafcommerce.openadmin.server.service.persistence.validation.PropertyValidationResult;
import org.broadleafcommerce.openadmin.server.service.persistence.validation.PropertyValidator;

import java.io.Serializable;
import java.util.Date;
import java.util.Map;

/**
 * A comparison group's limited-time offer ends in the future: an offer text saved with an end already past would
 * never show, and the merchandiser would think it runs. Refused with the entered end quoted; a group whose offer has
 * run out is saved once its end moves on or its text is cleared. Without an offer text the end does nothing and is
 * not checked; a value that is not a date is Broadleaf's own type check's. Checked on the end ({@code offerEnds}).
 * Bean {@code blUpliftOfferEndValidator}.
 */
public class OfferEndValidator implements PropertyValidator {

    @Override
    public PropertyValidationResult validate(Entity entity, Serializable instance,
            Map<String, FieldMetadata> entityFieldMetadata, Map<String, String> validationConfiguration,
            BasicFieldMetadata propertyMetadata, String propertyName, String value) {
        Property text = entity.findProperty(OfferValidator.TEXT_FIELD);
        String problem = problem(text == null ? null : text.getValue(), value, new Date());
        return problem == null ? new PropertyValidationResult(true) : new PropertyValidationResult(false, problem);
    }

    /** Why the offer's end is refused at {@code now}, or null. */
    static String problem(String offerText, String ends, Date now) {
        Date end = BundleDatesValidator.date(ends);
        if (offerText == null || offerText.trim().isEmpty() || end == null || end.after(now)) {
            return null;
        }
        return "The offer's end has passed, so the offer would never show: set a later end, or clear the offer text."
                + " You entered " + QuotingValidator.quote(ends) + ".";
    }
}
