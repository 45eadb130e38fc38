package io.uplift.admin.web;

import org.junit.Test;
import org.springframework.web.bind.annotation.RequestMapping;

import java.util.ArrayList;
import java.util.List;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;

/** Which own page an address lies below (the controller itself runs in the real admin: AdminSecurityIT). */
public class OwnPageSubpathsTest {

    @Test
    public void anAddressBelowAnOwnPageNamesThePage() {
        assertEquals("/uplift-emails", OwnPageSubpaths.pageOf("/uplift-emails/add"));
        assertEquals("/uplift-emails", OwnPageSubpaths.pageOf("/uplift-emails/1/delete"));
        assertEquals("/uplift-emails", OwnPageSubpaths.pageOf("/uplift-emails"));
        assertEquals("/uplift-dashboard", OwnPageSubpaths.pageOf("/uplift-dashboard/1"));
        assertEquals("/uplift-bundle-suggestions", OwnPageSubpaths.pageOf("/uplift-bundle-suggestions/add"));
        assertNull("a page whose name only starts alike", OwnPageSubpaths.pageOf("/uplift-emails-archive/1"));
        assertNull("an entity section", OwnPageSubpaths.pageOf("/uplift-bundles/1"));
        assertNull(OwnPageSubpaths.pageOf(null));
    }

    /** The mapping (constants, as annotations need them) and the list of pages are the same pages. */
    @Test
    public void theMappingCoversExactlyThePages() throws Exception {
        List<String> mapped = new ArrayList<String>();
        for (String pattern : OwnPageSubpaths.class.getMethod("elsewhere", javax.servlet.http.HttpServletRequest.class,
                javax.servlet.http.HttpServletResponse.class).getAnnotation(RequestMapping.class).value()) {
            mapped.add(pattern.substring(0, pattern.length() - "/**".length()));
        }
        assertEquals(new ArrayList<String>(OwnPageSubpaths.PAGES.keySet()), mapped);
    }
}
