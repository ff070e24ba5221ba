package dev.postmortem.internal;

/** Invariant checks used by the model's {@code @Value.Check} methods. */
public final class Checks {
  private Checks() {}

  /** Fails when {@code value} is blank, naming the type, the attribute and the owning value. */
  public static void notBlank(String value, String type, String attribute, String owner) {
    if (value.isBlank()) {
      throw new IllegalStateException(
          type + "." + attribute + " must not be blank" + (owner.isEmpty() ? "" : " (" + owner + ")"));
    }
  }

  /** Fails with the message when the condition does not hold. */
  public static void check(boolean condition, String message) {
    if (!condition) {
      throw new IllegalStateException(message);
    }
  }
}
