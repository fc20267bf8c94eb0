package org.imrf.sideevent;

import java.util.List;
import java.util.UUID;
import org.imrf.testing.AuthorizationMatrix;
import org.imrf.testing.ServiceTest;

/** No endpoints of its own yet: the first one added fails this test until it has a row. */
@ServiceTest
class AuthorizationMatrixTest extends AuthorizationMatrix {

  @Override
  protected Fixture fixture() {
    return new Fixture(UUID.randomUUID(), "round-table-2", "side-event-1");
  }

  @Override
  protected List<Row> rows() {
    return List.of();
  }
}
