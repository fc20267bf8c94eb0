package org.imrf.edge.limits;

import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.SocketTimeoutException;

/**
 * A request body read under its limits: refused (413) as soon as it has more bytes than allowed,
 * and (408) once the request has taken longer than allowed to arrive or the client stopped sending.
 */
class BoundedInput extends ServletInputStream {

  private final ServletInputStream body;
  private final long limit;
  private final Deadline deadline;
  private long read;

  BoundedInput(ServletInputStream body, long limit, Deadline deadline) {
    this.body = body;
    this.limit = limit;
    this.deadline = deadline;
  }

  /** The whole body, read now. */
  static byte[] readAll(ServletInputStream body, long limit, Deadline deadline, int expected)
      throws IOException {
    ByteArrayOutputStream all = new ByteArrayOutputStream(Math.max(expected, 256));
    try (InputStream in = new BoundedInput(body, limit, deadline)) {
      in.transferTo(all);
    }
    return all.toByteArray();
  }

  @Override
  public int read() throws IOException {
    byte[] one = new byte[1];
    int n = read(one, 0, 1);
    return n < 0 ? -1 : one[0] & 0xff;
  }

  @Override
  public int read(byte[] buffer, int offset, int length) throws IOException {
    if (deadline.passed()) {
      throw deadline.refusal();
    }
    int n;
    try {
      // never more than one byte past the limit: enough to know it was passed
      n = body.read(buffer, offset, (int) Math.min(length, limit - read + 1));
    } catch (IOException failed) {
      throw stoppedSending(failed) ? deadline.refusal() : failed;
    }
    if (n > 0) {
      read += n;
      if (read > limit) {
        throw RequestRefused.tooLarge(limit);
      }
      if (deadline.passed()) {
        throw deadline.refusal();
      }
    }
    return n;
  }

  private static boolean stoppedSending(Throwable failure) {
    for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
      if (cause instanceof SocketTimeoutException) {
        return true;
      }
    }
    return false;
  }

  @Override
  public boolean isFinished() {
    return body.isFinished();
  }

  @Override
  public boolean isReady() {
    return body.isReady();
  }

  @Override
  public void setReadListener(ReadListener listener) {
    body.setReadListener(listener);
  }
}
