package io.uplift.demo.it;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;

/** A logged-in session on the real Broadleaf admin of the demo store. */
final class AdminSession {

    final Http http = new Http();

    static AdminSession login(String user, String password) throws Exception {
        AdminSession s = new AdminSession();
        Document login = Http.parse(s.http.get(DemoStoreHarness.admin("/login")));
        Element form = login.selectFirst("form");
        assertNotNull("admin login form", form);
        Map<String, String> fields = Http.formFields(form);
        fields.put("j_username", user);
        fields.put("j_password", password);
        HttpResponse<String> r = s.http.post(DemoStoreHarness.admin("/login_admin_post"), fields);
        assertEquals("login redirects", 302, r.statusCode());
        String location = r.headers().firstValue("Location").orElse("");
        assertTrue("login succeeded (redirect to " + location + ")", !location.contains("login_error"));
        return s;
    }

    /** The edit form of one entity of a section, as the admin shows it. */
    Element editForm(String sectionUrl, long id) throws Exception {
        HttpResponse<String> r = http.get(DemoStoreHarness.admin(sectionUrl + "/" + id));
        assertEquals("edit page " + sectionUrl + "/" + id, 200, r.statusCode());
        Element form = Http.parse(r).selectFirst("form:has(input[name=ceilingEntityClassname])");
        assertNotNull("entity edit form on " + sectionUrl + "/" + id, form);
        return form;
    }

    /** Saves the edit form with some fields changed, as the admin's Save button does. */
    HttpResponse<String> save(String sectionUrl, long id, Map<String, String> changes) throws Exception {
        Map<String, String> fields = new LinkedHashMap<>(Http.formFields(editForm(sectionUrl, id)));
        for (Map.Entry<String, String> c : changes.entrySet()) {
            assertTrue("form has field " + c.getKey() + ": " + fields.keySet(), fields.containsKey(c.getKey()));
            fields.put(c.getKey(), c.getValue());
        }
        return http.post(DemoStoreHarness.admin(sectionUrl + "/" + id), fields);
    }

    /** Deletes one entity of a section, as the Delete button of its edit page does (the form posted to .../delete). */
    HttpResponse<String> delete(String sectionUrl, long id) throws Exception {
        Map<String, String> fields = new LinkedHashMap<>(Http.formFields(editForm(sectionUrl, id)));
        return http.post(DemoStoreHarness.admin(sectionUrl + "/" + id + "/delete"), fields);
    }

    /** Posts a section's add form with the given fields, as the admin's Save button on "Add New" does. */
    HttpResponse<String> create(String sectionUrl, Map<String, String> values) throws Exception {
        Element add = Http.parse(http.get(DemoStoreHarness.admin(sectionUrl + "/add")))
                .selectFirst("form:has(input[name=ceilingEntityClassname])");
        assertNotNull("the add form of " + sectionUrl, add);
        Map<String, String> fields = new LinkedHashMap<>(Http.formFields(add));
        fields.putAll(values);
        return http.post(DemoStoreHarness.admin(sectionUrl + "/add"), fields);
    }

    /** Creating with these values is refused: the add form is shown again with the message. */
    void assertRefused(String sectionUrl, Map<String, String> values, String message) throws Exception {
        HttpResponse<String> r = create(sectionUrl, values);
        assertEquals("refused: the form is shown again", 200, r.statusCode());
        String text = Http.parse(r).text();
        assertTrue(message + " in: " + text, text.contains(message));
    }
}
