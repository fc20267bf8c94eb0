package org.imrf.notification.delivery;

/** Why a channel could not hand a notification over, and whether another attempt may succeed. */
public class DeliveryFailure extends Exception {

  private final boolean permanent;

  private DeliveryFailure(String message, Throwable cause, boolean permanent) {
    super(message, cause);
    this.permanent = permanent;
  }

  /** The other side is unreachable or busy: worth another attempt later. */
  public static DeliveryFailure transientFailure(String message, Throwable cause) {
    return new DeliveryFailure(message, cause, false);
  }

  /** The other side refused it for good (a bounced address): never retried. */
  public static DeliveryFailure permanentFailure(String message, Throwable cause) {
    return new DeliveryFailure(message, cause, true);
  }

  public boolean permanent() {
    return permanent;
  }
}
