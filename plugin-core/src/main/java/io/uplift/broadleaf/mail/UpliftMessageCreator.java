package io.uplift.broadleaf.mail;

import org.broadleafcommerce.common.email.domain.EmailTarget;
import org.broadleafcommerce.common.email.service.info.EmailInfo;
import org.broadleafcommerce.common.email.service.message.EmailPropertyType;
import org.broadleafcommerce.common.email.service.message.ThymeleafMessageCreator;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.mail.javamail.MimeMessagePreparator;
import org.springframework.web.util.HtmlUtils;
import org.thymeleaf.TemplateEngine;

import java.util.Map;
import javax.mail.internet.MimeMessage;

/**
 * Broadleaf's Thymeleaf message creator, sending {@code multipart/alternative} messages: the HTML part from the
 * e-mail's template ({@code EmailInfo#getEmailTemplate()}, e.g. {@code uplift/post-purchase}) and a plain-text part
 * from the template of the same name plus {@value #TEXT_SUFFIX}, both through Broadleaf's e-mail template engine
 * ({@code blEmailTemplateEngine}: classpath {@code emailTemplates/}, overridable by the shop). Thymeleaf 2.1 has no
 * text mode, so the text template is an HTML5 template whose elements are all removed ({@code th:remove="tag"}); its
 * output is unescaped into plain text here. A {@code List-Unsubscribe} header carries the props' {@code unsubscribeUrl}.
 */
public class UpliftMessageCreator extends ThymeleafMessageCreator {

    public static final String TEXT_SUFFIX = "-text";

    public UpliftMessageCreator(TemplateEngine templateEngine, JavaMailSender mailSender) {
        super(templateEngine, mailSender);
    }

    /** The plain-text part of the e-mail. */
    public String buildTextBody(EmailInfo info, Map<String, Object> props) {
        EmailInfo text = info.clone();
        text.setEmailTemplate(info.getEmailTemplate() + TEXT_SUFFIX);
        String rendered = super.buildMessageBody(text, props);
        return HtmlUtils.htmlUnescape(rendered).replaceAll("[ \\t]+\\r?\\n", "\n").replaceAll("\\n{3,}", "\n\n").trim()
                + "\n";
    }

    /**
     * The HTML and text parts of a composed message exactly as they would be sent, without sending (the admin's
     * preview). The template variables are those {@code EmailServiceImpl} gives the templates.
     */
    public String[] render(ComposedMail mail, String fromAddress) {
        EmailInfo info = MailScheduler.emailInfo(mail, fromAddress);
        org.broadleafcommerce.common.email.domain.EmailTarget target =
                new org.broadleafcommerce.common.email.domain.EmailTargetImpl();
        target.setEmailAddress(mail.getRecipient());
        Map<String, Object> props = new java.util.HashMap<String, Object>(mail.getVariables());
        props.put(EmailPropertyType.INFO.getType(), info);
        props.put(EmailPropertyType.USER.getType(), target);
        return new String[] {buildMessageBody(info, props), buildTextBody(info, props)};
    }

    @Override
    public MimeMessagePreparator buildMimeMessagePreparator(final Map<String, Object> props) {
        return new MimeMessagePreparator() {
            @Override
            public void prepare(MimeMessage mimeMessage) throws Exception {
                EmailTarget target = (EmailTarget) props.get(EmailPropertyType.USER.getType());
                EmailInfo info = (EmailInfo) props.get(EmailPropertyType.INFO.getType());
                MimeMessageHelper message = new MimeMessageHelper(mimeMessage, MimeMessageHelper.MULTIPART_MODE_MIXED_RELATED,
                        "UTF-8");
                message.setTo(target.getEmailAddress());
                message.setFrom(info.getFromAddress());
                message.setSubject(info.getSubject());
                String html = info.getMessageBody() != null ? info.getMessageBody() : buildMessageBody(info, props);
                message.setText(buildTextBody(info, props), html);
                Object unsubscribe = props.get("unsubscribeUrl");
                if (unsubscribe != null) {
                    mimeMessage.setHeader("List-Unsubscribe", "<" + unsubscribe + ">");
                }
            }
        };
    }
}
