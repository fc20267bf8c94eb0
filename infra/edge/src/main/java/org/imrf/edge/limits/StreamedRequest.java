package org.imrf.edge.limits;

import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/**
 * A request whose body is too large to read ahead (an endpoint that declares a limit above a
 * megabyte): its limits hold as the application reads it.
 */
class StreamedRequest extends HttpServletRequestWrapper {

  private final long limit;
  private final Deadline deadline;
  private ServletInputStream stream;
  private BufferedReader reader;

  StreamedRequest(HttpServletRequest request, long limit, Deadline deadline) {
    super(request);
    this.limit = limit;
    this.deadline = deadline;
  }

  @Override
  public ServletInputStream getInputStream() throws IOException {
    if (stream == null) {
      stream = new BoundedInput(super.getInputStream(), limit, deadline);
    }
    return stream;
  }

  @Override
  public BufferedReader getReader() throws IOException {
    if (reader == null) {
      String encoding = getCharacterEncoding();
      Charset charset = encoding == null ? StandardCharsets.UTF_8 : Charset.forName(encoding);
      reader = new BufferedReader(new InputStreamReader(getInputStream(), charset));
    }
    return reader;
  }
}
