package org.imrf.notification.announcement;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;
import org.springframework.web.ErrorResponseException;

/**
 * Emails an organiser their own test of an announcement, straight through the mail relay: an
 * organiser is no participant, so it is no notification and has no deliveries.
 */
@Component
class OrganiserMail {

  private final ObjectProvider<JavaMailSender> relay;
  private final String from;

  OrganiserMail(
      ObjectProvider<JavaMailSender> relay,
      @Value("${imrf.announcements.from:forum@imrf.un.example}") String from) {
    this.relay = relay;
    this.from = from;
  }

  void send(String address, Preview preview) {
    JavaMailSender sender = relay.getIfAvailable();
    if (sender == null) {
      throw unavailable("No mail relay is configured (spring.mail.host): nothing was sent.");
    }
    SimpleMailMessage message = new SimpleMailMessage();
    message.setFrom(from);
    message.setTo(address);
    message.setSubject(preview.subject());
    message.setText(preview.body());
    try {
      sender.send(message);
    } catch (MailException refused) {
      throw unavailable("The mail relay did not take the message: " + refused.getMessage());
    }
  }

  private static ErrorResponseException unavailable(String detail) {
    ProblemDetail problem =
        ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE, detail);
    problem.setTitle("Mail relay unavailable");
    return new ErrorResponseException(HttpStatus.SERVICE_UNAVAILABLE, problem, null);
  }
}
