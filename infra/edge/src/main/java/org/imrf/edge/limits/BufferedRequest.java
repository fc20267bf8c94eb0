package org.imrf.edge.limits;

import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A request whose body the edge has read and checked: the application reads the same bytes from
 * memory, and a form's fields as parameters (the container no longer can, having given the body
 * away).
 */
class BufferedRequest extends HttpServletRequestWrapper {

  private final byte[] body;
  private final Map<String, String[]> parameters;
  private final ByteArrayInputStream input;
  private final ServletInputStream stream;
  private BufferedReader reader;

  /**
   * @param formFields the fields of a form body, or null if the body is not a form
   */
  BufferedRequest(HttpServletRequest request, byte[] body, Map<String, List<String>> formFields) {
    super(request);
    this.body = body;
    this.input = new ByteArrayInputStream(body);
    this.stream = new MemoryInput(input);
    this.parameters = formFields == null ? null : merged(request.getParameterMap(), formFields);
  }

  @Override
  public ServletInputStream getInputStream() {
    return stream;
  }

  @Override
  public BufferedReader getReader() {
    if (reader == null) {
      String encoding = getCharacterEncoding();
      Charset charset = encoding == null ? StandardCharsets.UTF_8 : Charset.forName(encoding);
      reader = new BufferedReader(new InputStreamReader(input, charset));
    }
    return reader;
  }

  @Override
  public int getContentLength() {
    return body.length;
  }

  @Override
  public long getContentLengthLong() {
    return body.length;
  }

  @Override
  public String getParameter(String name) {
    if (parameters == null) {
      return super.getParameter(name);
    }
    String[] values = parameters.get(name);
    return values == null || values.length == 0 ? null : values[0];
  }

  @Override
  public Map<String, String[]> getParameterMap() {
    return parameters == null ? super.getParameterMap() : parameters;
  }

  @Override
  public Enumeration<String> getParameterNames() {
    return parameters == null
        ? super.getParameterNames()
        : Collections.enumeration(parameters.keySet());
  }

  @Override
  public String[] getParameterValues(String name) {
    if (parameters == null) {
      return super.getParameterValues(name);
    }
    String[] values = parameters.get(name);
    return values == null ? null : values.clone();
  }

  /** The query's parameters first, then the form's, as the container orders them. */
  private static Map<String, String[]> merged(
      Map<String, String[]> query, Map<String, List<String>> form) {
    Map<String, List<String>> all = new LinkedHashMap<>();
    query.forEach((name, values) -> all.put(name, new java.util.ArrayList<>(List.of(values))));
    form.forEach(
        (name, values) ->
            all.computeIfAbsent(name, n -> new java.util.ArrayList<>()).addAll(values));
    Map<String, String[]> merged = new LinkedHashMap<>();
    all.forEach((name, values) -> merged.put(name, values.toArray(String[]::new)));
    return Collections.unmodifiableMap(merged);
  }

  private static final class MemoryInput extends ServletInputStream {

    private final ByteArrayInputStream input;

    MemoryInput(ByteArrayInputStream input) {
      this.input = input;
    }

    @Override
    public int read() {
      return input.read();
    }

    @Override
    public int read(byte[] buffer, int offset, int length) {
      return input.read(buffer, offset, length);
    }

    @Override
    public int available() {
      return input.available();
    }

    @Override
    public boolean isFinished() {
      return input.available() == 0;
    }

    @Override
    public boolean isReady() {
      return true;
    }

    @Override
    public void setReadListener(ReadListener listener) {
      try {
        listener.onDataAvailable();
        listener.onAllDataRead();
      } catch (java.io.IOException failed) {
        listener.onError(failed);
      }
    }
  }
}
