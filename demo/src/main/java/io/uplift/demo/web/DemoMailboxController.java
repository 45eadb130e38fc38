package io.uplift.demo.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.HtmlUtils;

import java.io.IOException;
import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import javax.annotation.Resource;
import javax.mail.BodyPart;
import javax.mail.Folder;
import javax.mail.Message;
import javax.mail.MessagingException;
import javax.mail.Multipart;
import javax.mail.Part;
import javax.mail.Session;
import javax.mail.Store;
import javax.servlet.http.HttpServletResponse;
import javax.sql.DataSource;

/**
 * The demo's mailbox ({@code /uplift-demo/mailbox}): reads the e-mails the shop sent from the demo's local mail server
 * (GreenMail, started by {@code DemoStore}) over IMAP on 127.0.0.1, the way a mail client would. {@code ?to=} picks
 * the recipient (default: the demo shopper), the page lists the addresses the shop wrote to (from the plugin's
 * schedule), the messages newest first, and with {@code &n=} one message: its HTML part in a sandboxed frame and its
 * plain-text part. Demo only: a real shop has a real mail server.
 */
@Controller
public class DemoMailboxController {

    public static final String PATH = "/uplift-demo/mailbox";
    static final String DEFAULT_TO = "shopper@example.com";

    @Resource(name = "webDS")
    private DataSource dataSource;

    @RequestMapping(value = PATH, method = RequestMethod.GET)
    public void mailbox(HttpServletResponse response, @RequestParam(value = "to", required = false) String to,
            @RequestParam(value = "n", required = false) Integer n) throws IOException {
        String address = to == null || to.trim().isEmpty() ? DEFAULT_TO : to.trim();
        response.setContentType("text/html;charset=UTF-8");
        PrintWriter out = response.getWriter();
        out.write("<!DOCTYPE html><html><head><meta charset=\"UTF-8\"><title>Demo mailbox</title><style>"
                + "body{font-family:Arial,sans-serif;margin:20px;max-width:980px}td,th{padding:4px 8px;text-align:left}"
                + "iframe{width:100%;height:640px;border:1px solid #ccc}pre{white-space:pre-wrap;background:#f6f6f6;padding:10px}"
                + "</style></head><body class=\"demo-mailbox\"><h1>Demo mailbox</h1>"
                + "<p>E-mails the shop sent to the demo's local mail server. <a href=\"/\">Back to the shop</a></p>");
        out.write("<form method=\"get\" action=\"" + PATH + "\">Recipient <input name=\"to\" value=\"" + esc(address)
                + "\" size=\"40\"> <button type=\"submit\">Show</button></form>");
        List<String> known = recipients();
        if (!known.isEmpty()) {
            out.write("<p class=\"demo-mailbox__recipients\">Written to: ");
            for (String r : known) {
                out.write("<a href=\"" + PATH + "?to=" + esc(encode(r)) + "\">" + esc(r) + "</a> ");
            }
            out.write("</p>");
        }
        String port = System.getProperty("uplift.demo.imap.port");
        if (port == null) {
            out.write("<p class=\"demo-mailbox__error\">The demo's mail server is not running (start the demo with"
                    + " DemoStore).</p></body></html>");
            return;
        }
        Properties props = new Properties();
        props.put("mail.imap.connectiontimeout", "5000");
        props.put("mail.imap.timeout", "10000");
        Store store = null;
        try {
            store = Session.getInstance(props).getStore("imap");
            store.connect("127.0.0.1", Integer.parseInt(port), address, address);
            Folder inbox = store.getFolder("INBOX");
            inbox.open(Folder.READ_ONLY);
            Message[] messages = inbox.getMessages();
            out.write("<h2>" + messages.length + " message" + (messages.length == 1 ? "" : "s") + " to " + esc(address)
                    + "</h2><table class=\"demo-mailbox__list\"><tr><th>#</th><th>Received</th><th>From</th><th>Subject</th></tr>");
            for (int i = messages.length - 1; i >= 0; i--) {
                Message m = messages[i];
                out.write("<tr class=\"demo-mailbox__message\"><td>" + (i + 1) + "</td><td>" + esc(String.valueOf(m.getSentDate()))
                        + "</td><td>" + esc(String.valueOf(m.getFrom() == null ? "" : m.getFrom()[0])) + "</td><td><a href=\""
                        + PATH + "?to=" + esc(encode(address)) + "&amp;n=" + (i + 1) + "\">" + esc(m.getSubject())
                        + "</a></td></tr>");
            }
            out.write("</table>");
            if (n != null && n >= 1 && n <= messages.length) {
                Message m = messages[n - 1];
                String html = part(m, "text/html");
                String text = part(m, "text/plain");
                out.write("<h2 class=\"demo-mailbox__subject\">" + esc(m.getSubject()) + "</h2>");
                if (html != null) {
                    // the e-mail's own HTML, isolated: no scripts, links open in a new tab
                    out.write("<h3>HTML part</h3><iframe class=\"demo-mailbox__html\" sandbox=\"allow-popups"
                            + " allow-popups-to-escape-sandbox\" srcdoc=\"" + esc(html.replace("<head>",
                            "<head><base target=\"_blank\">")) + "\"></iframe>");
                }
                if (text != null) {
                    out.write("<h3>Plain-text part</h3><pre class=\"demo-mailbox__text\">" + esc(text) + "</pre>");
                }
            }
            inbox.close(false);
        } catch (MessagingException | RuntimeException e) {
            out.write("<p class=\"demo-mailbox__error\">Could not read the mailbox: " + esc(String.valueOf(e.getMessage()))
                    + "</p>");
        } finally {
            if (store != null) {
                try {
                    store.close();
                } catch (MessagingException e) {
                    // closing a read-only session: nothing to keep
                }
            }
        }
        out.write("</body></html>");
    }

    /** The first part of this MIME type, depth first; null when there is none. */
    public static String part(Part p, String type) throws MessagingException, IOException {
        if (p.isMimeType(type)) {
            return String.valueOf(p.getContent());
        }
        if (p.isMimeType("multipart/*")) {
            Multipart mp = (Multipart) p.getContent();
            for (int i = 0; i < mp.getCount(); i++) {
                BodyPart b = mp.getBodyPart(i);
                String s = part(b, type);
                if (s != null) {
                    return s;
                }
            }
        }
        return null;
    }

    private List<String> recipients() {
        List<String> list = new ArrayList<String>();
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement("SELECT RECIPIENT, MAX(SENT_AT) FROM UPLIFT_MAIL_JOB WHERE STATUS = 'SENT'"
                     + " GROUP BY RECIPIENT ORDER BY MAX(SENT_AT) DESC")) {
            s.setMaxRows(20);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    list.add(rs.getString(1));
                }
            }
        } catch (SQLException e) {
            // the list of addresses is a convenience; the mailbox works without it
        }
        return list;
    }

    private static String esc(String s) {
        return s == null ? "" : HtmlUtils.htmlEscape(s);
    }

    private static String encode(String s) {
        try {
            return java.net.URLEncoder.encode(s, "UTF-8");
        } catch (java.io.UnsupportedEncodingException e) {
            throw new IllegalStateException(e);
        }
    }
}
