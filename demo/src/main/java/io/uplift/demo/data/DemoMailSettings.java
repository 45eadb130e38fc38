package io.uplift.demo.data;

import io.uplift.broadleaf.mail.JdbcMailSettings;
import io.uplift.engine.mail.MailSettings;
import io.uplift.engine.mail.UsageTips;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import java.sql.SQLException;

/**
 * The demo's e-mail settings, saved once on the first start (a shop starts with both e-mails off): both e-mails on
 * with short delays so they can be watched, the post-purchase e-mail 1 minute after an order, the cart reminder after
 * 3 idle minutes (at most one per cart a day), usage tips for phones and laptops. Changed settings (Uplift &gt;
 * E-mails) are kept across restarts.
 */
public class DemoMailSettings {

    private static final Log LOG = LogFactory.getLog(DemoMailSettings.class);

    public static final MailSettings SETTINGS = new MailSettings(true, 1, "Picked for you after your order", true, 3,
            "You left something in your cart", 24, 4, UsageTips.parse(
                    "category " + 2 + ": Turn on automatic backups before you move your photos over.\n"
                            + "category " + 3 + ": Install the system updates once before you add your own apps."));

    private JdbcMailSettings settings;

    public void setSettings(JdbcMailSettings settings) {
        this.settings = settings;
    }

    public void seed() throws SQLException {
        if (settings.isSaved()) {
            return; // saved before (by this seeder or in the admin)
        }
        settings.save(SETTINGS);
        LOG.info("Demo e-mail settings saved: " + SETTINGS);
    }
}
