package io.uplift.admin.validation;

import org.junit.Test;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;

/** A merchandiser's relation may not suggest the product it is about. */
public class SelfRelationValidatorTest {

    @Test
    public void aProductSuggestedOnItsOwnPageIsRefusedNamingIt() {
        assertEquals("'Nova X 128 GB' (product 12) cannot be suggested on its own page: pick another product to suggest.",
                SelfRelationValidator.problem(12L, "Nova X 128 GB", 12L));
    }

    @Test
    public void twoProductsOrAMissingPickPass() {
        assertNull(SelfRelationValidator.problem(12L, "Nova X 128 GB", 13L));
        assertNull("Broadleaf refuses a missing pick itself", SelfRelationValidator.problem(12L, "Nova X 128 GB", null));
        assertNull(SelfRelationValidator.problem(null, null, 13L));
    }
}
