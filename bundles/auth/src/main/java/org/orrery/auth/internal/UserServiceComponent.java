package org.orrery.auth.internal;

import java.nio.file.Path;
import java.util.List;
import org.orrery.auth.FileUserService;
import org.orrery.engine.auth.UserService;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.metatype.annotations.Designate;

/** Registers {@link FileUserService} as the {@link UserService} of the node. */
@Component(service = UserService.class, configurationPid = "org.orrery.auth", immediate = true)
@Designate(ocd = UserServiceConfiguration.class)
public final class UserServiceComponent implements UserService {
  private final FileUserService delegate;

  @Activate
  public UserServiceComponent(UserServiceConfiguration config) {
    delegate = new FileUserService(directory(config.data_dir()));
  }

  static Path directory(String configured) {
    if (configured != null && !configured.isBlank()) {
      return Path.of(configured);
    }
    return Path.of(System.getProperty("karaf.data", "data"), "system", "users");
  }

  @Override
  public void authenticate(String user, String password) {
    delegate.authenticate(user, password);
  }

  @Override
  public void createUser(String user, String password) {
    delegate.createUser(user, password);
  }

  @Override
  public void dropUser(String user) {
    delegate.dropUser(user);
  }

  @Override
  public void changePassword(String user, String newPassword) {
    delegate.changePassword(user, newPassword);
  }

  @Override
  public List<String> users() {
    return delegate.users();
  }

  @Override
  public boolean isAdmin(String user) {
    return delegate.isAdmin(user);
  }
}
