package org.imrf.identity.staff;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Every staff account. */
interface StaffAccounts {

  Optional<StaffAccount> find(String username);

  /**
   * The account, locked until the transaction ends: concurrent changes apply one after the other.
   */
  Optional<StaffAccount> lock(String username);

  List<StaffAccount> all();

  /**
   * @throws UsernameTaken if the username exists
   */
  void add(StaffAccount account);

  void update(String username, Set<String> roles, boolean enabled);
}
