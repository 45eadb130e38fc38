package io.uplift.admin.web;

import org.junit.Test;

import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertSame;
import static org.junit.Assert.assertTrue;

/**
 * A refusal, found anywhere in the exception's causes, written as one escaped dialog element (the 409 answer itself
 * is AdminComparisonsIT's, through the real admin).
 */
public class RefusalDialogsTest {

    @Test
    public void theDialogIsOneElementWithTheMessageEscaped() {
        String body = RefusalDialogs.dialog(new AdminRefusal("Not <i>added</i>", "group '<b>Nova</b>' & co"));
        assertTrue(body, body.startsWith("<div class=\"modal uplift-refusal\">") && body.endsWith("</div>"));
        assertTrue(body, body.contains("<h3>Not &lt;i&gt;added&lt;/i&gt;</h3>"));
        assertTrue(body, body.contains(">group &#39;&lt;b&gt;Nova&lt;/b&gt;&#39; &amp; co</p>"));
        assertTrue("the lookup's buttons come back", body.contains(RefusalDialogs.RESTORE_ACTIONS));
    }

    @Test
    public void theRefusalIsFoundAmongTheCausesAndNothingElseIsTaken() {
        AdminRefusal refusal = new AdminRefusal("Not added", "why");
        assertSame(refusal, RefusalDialogs.refusal(refusal));
        assertSame(refusal, RefusalDialogs.refusal(new IllegalStateException("wrapped", new RuntimeException(refusal))));
        assertNull(RefusalDialogs.refusal(new IllegalStateException("boom", new RuntimeException("cause"))));
        assertNull(RefusalDialogs.refusal(null));
    }
}
