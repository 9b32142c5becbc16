package org.orrery.sql.ast.auth;

/**
 * Privileges of IoTDB 1.3. Series privileges apply to path patterns; global ones are granted on
 * {@code root.**}. {@link #READ}, {@link #WRITE} and {@link #ALL} stand for groups of others.
 */
public enum Privilege {
  READ_DATA,
  WRITE_DATA,
  READ_SCHEMA,
  WRITE_SCHEMA,
  MANAGE_DATABASE,
  MANAGE_USER,
  MANAGE_ROLE,
  USE_TRIGGER,
  USE_UDF,
  USE_CQ,
  USE_PIPE,
  USE_MODEL,
  EXTEND_TEMPLATE,
  MAINTAIN,
  /** READ_SCHEMA and READ_DATA. */
  READ,
  /** WRITE_SCHEMA and WRITE_DATA. */
  WRITE,
  /** Every privilege. */
  ALL;

  /** The privilege with that name, ignoring case, or null. */
  public static Privilege fromName(String name) {
    for (Privilege privilege : values()) {
      if (privilege.name().equalsIgnoreCase(name)) {
        return privilege;
      }
    }
    return null;
  }
}
