package org.orrery.plugin.internal;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Hashtable;
import java.util.List;
import java.util.Map;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.Constants;
import org.osgi.framework.ServiceReference;
import org.osgi.service.component.runtime.ServiceComponentRuntime;
import org.osgi.service.component.runtime.dto.ComponentConfigurationDTO;
import org.osgi.service.component.runtime.dto.ComponentDescriptionDTO;

/**
 * Brings a started plugin's extensions to life and reports what failed:
 *
 * <ul>
 *   <li>classes a plain jar lists in {@code META-INF/services/<SDK interface>} are created with
 *       their no-arg constructor and registered as services of the plugin bundle;
 *   <li>services a bundle registers itself (Declarative Services components) are fetched once,
 *       which makes SCR create them, so a component that throws is caught at deploy time rather
 *       than at first use.
 * </ul>
 */
final class ExtensionActivator {

  /** What a plugin provides and what went wrong. */
  record Result(List<String> kinds, List<String> extensions, List<String> errors) {}

  private final BundleContext runtimeContext;
  private final ServiceComponentRuntime scr; // may be null when no DS runtime is present

  ExtensionActivator(BundleContext runtimeContext, ServiceComponentRuntime scr) {
    this.runtimeContext = runtimeContext;
    this.scr = scr;
  }

  Result activate(Bundle bundle, Map<String, List<String>> declared, boolean registerDeclared) {
    List<String> kinds = new ArrayList<>();
    List<String> extensions = new ArrayList<>();
    List<String> errors = new ArrayList<>();
    if (registerDeclared) {
      for (Map.Entry<String, List<String>> e : declared.entrySet()) {
        ExtensionKind kind = ExtensionKind.forInterface(e.getKey());
        for (String className : e.getValue()) {
          register(bundle, kind, className, extensions, errors);
        }
      }
    }
    checkRegisteredServices(bundle, extensions, errors);
    checkComponents(bundle, errors);
    for (String ext : extensions) {
      String kind = ext.substring(0, ext.indexOf(':'));
      if (!kinds.contains(kind)) {
        kinds.add(kind);
      }
    }
    return new Result(kinds, extensions, errors);
  }

  private void register(
      Bundle bundle, ExtensionKind kind, String className, List<String> extensions,
      List<String> errors) {
    BundleContext pluginContext = bundle.getBundleContext();
    if (pluginContext == null) {
      errors.add("bundle is not active, cannot register " + className);
      return;
    }
    Object instance;
    Class<?> type;
    try {
      Class<?> api = bundle.loadClass(kind.serviceInterface);
      type = bundle.loadClass(className);
      if (!api.isAssignableFrom(type)) {
        errors.add("class " + className + " listed in META-INF/services/" + kind.serviceInterface
            + " does not implement it");
        return;
      }
      instance = type.getConstructor().newInstance();
    } catch (ClassNotFoundException | NoClassDefFoundError e) {
      errors.add("class " + className + " cannot be loaded: " + describe(e));
      return;
    } catch (NoSuchMethodException e) {
      errors.add("class " + className + " has no public no-arg constructor");
      return;
    } catch (InvocationTargetException e) {
      errors.add("class " + className + " threw in its constructor: " + describe(e.getCause()));
      return;
    } catch (ReflectiveOperationException | LinkageError | RuntimeException e) {
      errors.add("class " + className + " cannot be created: " + describe(e));
      return;
    }
    String name = extensionName(type, kind);
    Hashtable<String, Object> props = new Hashtable<>();
    props.put(kind.nameProperty, name);
    props.put("plugin.wrapped", Boolean.TRUE);
    pluginContext.registerService(kind.serviceInterface, instance, props);
    // The registered service is picked up by checkRegisteredServices and listed there.
  }

  /** The name from the SDK's name annotation, else the simple class name in lower case. */
  static String extensionName(Class<?> type, ExtensionKind kind) {
    if (kind.nameAnnotation != null) {
      for (var annotation : type.getAnnotations()) {
        if (annotation.annotationType().getName().equals(kind.nameAnnotation)) {
          try {
            Method value = annotation.annotationType().getMethod("value");
            Object name = value.invoke(annotation);
            if (name instanceof String s && !s.isBlank()) {
              return s;
            }
          } catch (ReflectiveOperationException e) {
            break;
          }
        }
      }
    }
    return type.getSimpleName().toLowerCase();
  }

  private void checkRegisteredServices(Bundle bundle, List<String> extensions, List<String> errors) {
    ServiceReference<?>[] refs = bundle.getRegisteredServices();
    if (refs == null) {
      return;
    }
    for (ServiceReference<?> ref : refs) {
      for (String cls : (String[]) ref.getProperty(Constants.OBJECTCLASS)) {
        ExtensionKind kind = ExtensionKind.forInterface(cls);
        if (kind == null) {
          continue;
        }
        Object service;
        try {
          service = runtimeContext.getService(ref);
        } catch (RuntimeException e) {
          errors.add(kind.kind + " service " + cls + " failed: " + describe(e));
          continue;
        }
        if (service == null) {
          // A DS component that threw; checkComponents reports SCR's reason. Without SCR there
          // is no reason to report, so say what we know.
          if (scr == null) {
            errors.add(kind.kind + " service " + cls + " could not be created");
          }
          continue;
        }
        runtimeContext.ungetService(ref);
        Object name = ref.getProperty(kind.nameProperty);
        extensions.add(kind.kind + ":" + (name == null ? cls : name));
      }
    }
  }

  /** Components of the plugin that failed to activate or wait for something missing. */
  private void checkComponents(Bundle bundle, List<String> errors) {
    if (scr == null) {
      return;
    }
    for (ComponentDescriptionDTO d : scr.getComponentDescriptionDTOs(bundle)) {
      if (!scr.isComponentEnabled(d)) {
        continue;
      }
      for (ComponentConfigurationDTO c : scr.getComponentConfigurationDTOs(d)) {
        String error = switch (c.state) {
          case ComponentConfigurationDTO.FAILED_ACTIVATION ->
              "component " + d.name + " failed to activate: "
                  + (c.failure == null ? "unknown reason" : firstLine(c.failure));
          case ComponentConfigurationDTO.UNSATISFIED_REFERENCE ->
              "component " + d.name + " is waiting for a missing service: "
                  + unsatisfied(c);
          case ComponentConfigurationDTO.UNSATISFIED_CONFIGURATION ->
              "component " + d.name + " needs a configuration (" + String.join(",",
                  d.configurationPid) + ")";
          default -> null;
        };
        if (error != null) {
          errors.add(error);
        }
      }
    }
  }

  private static String unsatisfied(ComponentConfigurationDTO c) {
    List<String> names = new ArrayList<>();
    for (var r : c.unsatisfiedReferences) {
      names.add(r.name + " (" + r.target + ")");
    }
    return String.join(", ", names);
  }

  static String describe(Throwable t) {
    String message = t.getMessage();
    String type = t.getClass().getSimpleName();
    return message == null ? type : type + ": " + message;
  }

  private static String firstLine(String s) {
    int nl = s.indexOf('\n');
    return (nl >= 0 ? s.substring(0, nl) : s).trim();
  }
}
