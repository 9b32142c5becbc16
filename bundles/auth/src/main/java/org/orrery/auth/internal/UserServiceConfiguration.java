package org.orrery.auth.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** Settings of the user store, PID {@code org.orrery.auth} ({@code etc/org.orrery.auth.cfg}). */
@ObjectClassDefinition(name = "Orrery users", description = "Where users and password hashes are stored")
public @interface UserServiceConfiguration {

  @AttributeDefinition(
      name = "data.dir",
      description = "Directory of the user file; empty means ${karaf.data}/system/users")
  String data_dir() default "";
}
