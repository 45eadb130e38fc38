package io.uplift.admin.validation;

import org.broadleafcommerce.common.util.FormatUtil;
import org.broadleafcommerce.openadmin.dto.BasicFieldMetadata;
import org.broadleafcommerce.openadmin.dto.Entity;
import org.broadleafcommerce.openadmin.dto.FieldMetadata;
import org.broadleafcommerce.openadmin.dto.Property;
import org.broadleafcommerce.openadmin.server.service.persistence.validation.ValidationConfigurationBasedPropertyValidator;

import java.io.Serializable;
import java.text.ParsePosition;
import java.text.SimpleDateFormat;
import java.util.Date;
import java.util.Map;

/**
 * A bundle's end ({@code ends}): blank (never ends), or after the start entered in the same form ({@code starts});
 * with a blank start any end is accepted (the bundle runs from now until then). Both are in Broadleaf's admin date
 * format ({@value FormatUtil#DATE_FORMAT}); a value that is not a date is reported by Broadleaf's own type check, not
 * here. The storefront applies the same rule when it reads a bundle. Bean {@code blUpliftBundleDatesValidator}.
 */
public class BundleDatesValidator extends ValidationConfigurationBasedPropertyValidator {

    static final String STARTS_FIELD = "starts";

    @Override
    public boolean validateInternal(Entity entity, Serializable instance, Map<String, FieldMetadata> entityFieldMetadata,
            Map<String, String> validationConfiguration, BasicFieldMetadata propertyMetadata, String propertyName,
            String value) {
        Property starts = entity.findProperty(STARTS_FIELD);
        return valid(starts == null ? null : starts.getValue(), value);
    }

    static boolean valid(String starts, String ends) {
        Date start = date(starts);
        Date end = date(ends);
        return start == null || end == null || end.after(start);
    }

    /** The date, or {@code null} when blank or not a date. Both values are read in one time zone, so their order holds. */
    static Date date(String text) {
        if (text == null || text.trim().isEmpty()) {
            return null;
        }
        SimpleDateFormat format = new SimpleDateFormat(FormatUtil.DATE_FORMAT);
        format.setLenient(false);
        ParsePosition position = new ParsePosition(0);
        Date date = format.parse(text.trim(), position);
        return date == null || position.getIndex() != text.trim().length() ? null : date;
    }
}
