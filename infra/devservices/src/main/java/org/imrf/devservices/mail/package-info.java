/**
 * The development mail server: GreenMail in this process, which accepts every message for any
 * address, keeps it in memory, and shows it to people by IMAP and on a small web page.
 */
package org.imrf.devservices.mail;
