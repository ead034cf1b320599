package org.cxcadence.exchange.minutes;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UnsupportedEncodingException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;

import jakarta.activation.DataHandler;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.util.ByteArrayDataSource;

import org.cxcadence.domain.minutes.Minutes;

/**
 * Minutes by email: the subject, a {@code mailto:} link (subject and a short body, for "Open in mail
 * app"), and an {@code .eml} draft with the PDF attached that Outlook and Apple Mail open as a new
 * message ready to send ({@code X-Unsent: 1}). Recipients are the invited leaders with a valid
 * email address; anything that does not parse as one address is left out, never passed on.
 */
public final class EmailMinutes {
    /** Mail apps and browsers cut long mailto: links; the short body stays well below that. */
    static final int MAX_MAILTO_BODY = 1_200;

    private final MinutesWording wording;

    public EmailMinutes(MinutesWording wording) {
        this.wording = wording;
    }

    public String subject(Minutes m) {
        return TextMinutes.oneLine(MinutesLayout.clean("Minutes: " + m.title() + " (" + wording.shortDate(m.date()) + ")"));
    }

    /** Recipients' addresses in attendance order, each checked as exactly one address. */
    public List<InternetAddress> recipients(Minutes m) {
        Set<String> seen = new LinkedHashSet<>();
        List<InternetAddress> out = new ArrayList<>();
        for (Minutes.Attendee a : m.invited()) {
            if (a.email() == null || a.email().isBlank()) {
                continue;
            }
            try {
                InternetAddress[] parsed = InternetAddress.parse(a.email().strip(), true);
                if (parsed.length == 1 && parsed[0].getPersonal() == null && seen.add(parsed[0].getAddress().toLowerCase())) {
                    parsed[0].validate();
                    out.add(new InternetAddress(parsed[0].getAddress(), TextMinutes.oneLine(MinutesLayout.clean(a.name())),
                            StandardCharsets.UTF_8.name()));
                }
            } catch (AddressException | UnsupportedEncodingException e) {
                // not one plain address: leave it out rather than pass something odd to a mail app
            }
        }
        return out;
    }

    /** The short text for a mailto: body: what the session decided and raised, in a few lines. */
    public String shortBody(Minutes m) {
        StringBuilder b = new StringBuilder();
        b.append("Minutes of ").append(TextMinutes.oneLine(m.title())).append(", ").append(wording.date(m.date())).append(".\n");
        List<String> decisions = new ArrayList<>();
        int actions = m.otherActions().size();
        for (Minutes.Item i : m.items()) {
            decisions.addAll(i.decisions());
            actions += i.actions().size();
        }
        b.append('\n').append(decisions.size()).append(decisions.size() == 1 ? " decision, " : " decisions, ")
                .append(actions).append(actions == 1 ? " new action.\n" : " new actions.\n");
        for (String d : decisions) {
            String line = "• " + TextMinutes.oneLine(d) + "\n";
            if (b.length() + line.length() > MAX_MAILTO_BODY - 80) {
                b.append("• …\n");
                break;
            }
            b.append(line);
        }
        b.append("\nThe full minutes follow as a PDF.\n");
        return MinutesLayout.clean(b.toString());
    }

    /** {@code mailto:} with the recipients, subject and short body, percent-encoded (RFC 6068). */
    public String mailto(Minutes m) {
        List<String> to = recipients(m).stream().map(a -> encode(a.getAddress()).replace("%40", "@")).toList();
        return "mailto:" + String.join(",", to) + "?subject=" + encode(subject(m)) + "&body=" + encode(shortBody(m));
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
    }

    /**
     * Writes an unsent draft: To the invited leaders, the plain-text minutes as body and the PDF
     * attached as {@code pdfName}.
     */
    public void writeEml(Minutes m, String textBody, byte[] pdf, String pdfName, OutputStream out) throws IOException {
        try {
            MimeMessage message = new MimeMessage(Session.getInstance(new Properties()));
            message.setHeader("X-Unsent", "1");
            List<InternetAddress> to = recipients(m);
            if (!to.isEmpty()) {
                message.setRecipients(MimeMessage.RecipientType.TO, to.toArray(new InternetAddress[0]));
            }
            message.setSubject(subject(m), StandardCharsets.UTF_8.name());
            message.setSentDate(new Date());
            MimeBodyPart text = new MimeBodyPart();
            text.setText(textBody, StandardCharsets.UTF_8.name(), "plain");
            MimeBodyPart attachment = new MimeBodyPart();
            attachment.setDataHandler(new DataHandler(new ByteArrayDataSource(pdf, "application/pdf")));
            attachment.setFileName(jakarta.mail.internet.MimeUtility.encodeText(pdfName, StandardCharsets.UTF_8.name(), null));
            attachment.setDisposition(MimeBodyPart.ATTACHMENT);
            MimeMultipart mixed = new MimeMultipart("mixed");
            mixed.addBodyPart(text);
            mixed.addBodyPart(attachment);
            message.setContent(mixed);
            message.saveChanges();
            message.writeTo(out);
        } catch (MessagingException e) {
            throw new IOException("cannot write the email: " + e.getMessage(), e);
        }
    }
}
