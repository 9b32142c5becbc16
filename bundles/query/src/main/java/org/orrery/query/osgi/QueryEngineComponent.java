package org.orrery.query.osgi;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.orrery.common.time.TimestampPrecision;
import org.orrery.engine.auth.UserService;
import org.orrery.engine.function.AggregateFunction;
import org.orrery.engine.function.ScalarFunction;
import org.orrery.engine.query.ExecutionResult;
import org.orrery.engine.query.InsertOutcome;
import org.orrery.engine.query.InsertTablet;
import org.orrery.engine.query.QueryEngine;
import org.orrery.engine.query.SessionContext;
import org.orrery.engine.schema.SchemaEngine;
import org.orrery.engine.storage.StorageEngine;
import org.orrery.query.QueryConfig;
import org.orrery.query.QueryEngineCore;
import org.orrery.query.function.FunctionRegistry;
import org.orrery.query.function.UdtfFactory;
import org.orrery.udf.api.UDTF;
import org.osgi.framework.FrameworkUtil;
import org.osgi.service.component.ComponentServiceObjects;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osgi.service.metatype.annotations.Designate;

/**
 * The query engine as a DS component (PID {@code org.orrery.query}). Functions come and go as
 * services: {@link ScalarFunction} and {@link AggregateFunction} by {@code function.name}, and
 * prototype-scope {@link UDTF}s by {@code udf.name}, of which every call takes a fresh instance.
 */
@Component(service = QueryEngine.class, configurationPid = "org.orrery.query")
@Designate(ocd = QueryEngineConfiguration.class)
public final class QueryEngineComponent implements QueryEngine {
  private static final String UDF_NAME = "udf.name";

  private final FunctionRegistry functions = new FunctionRegistry();
  private final Map<ComponentServiceObjects<UDTF>, UdtfRegistration> transforms = new ConcurrentHashMap<>();
  private final SchemaEngine schema;
  private final StorageEngine storage;
  private volatile UserService users;
  private volatile QueryEngineCore core;
  private volatile QueryConfig config;

  private record UdtfRegistration(String name, UdtfFactory factory) {}

  @Activate
  public QueryEngineComponent(@Reference SchemaEngine schema, @Reference StorageEngine storage,
      QueryEngineConfiguration configuration) {
    this.schema = schema;
    this.storage = storage;
    String version = FrameworkUtil.getBundle(QueryEngineComponent.class) == null ? "0.1.0"
        : FrameworkUtil.getBundle(QueryEngineComponent.class).getVersion().toString();
    this.config = new QueryConfig(configuration.query_timeout_ms(), configuration.query_memory_limit_bytes(),
        TimestampPrecision.fromSymbol(configuration.timestamp_precision()), version);
    rebuild();
    // storage forgets TTLs on restart; the schema remembers them
    core.applyStorageTtls();
  }

  private void rebuild() {
    core = new QueryEngineCore(config, schema, storage, users, functions);
  }

  @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
      policyOption = ReferencePolicyOption.GREEDY)
  void bindUsers(UserService service) {
    users = service;
    if (config != null) {
      rebuild();
    }
  }

  void unbindUsers(UserService service) {
    if (users == service) {
      users = null;
      rebuild();
    }
  }

  @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
  void bindScalar(ScalarFunction function, Map<String, Object> properties) {
    name(properties, ScalarFunction.NAME_PROPERTY).ifPresent(n -> functions.registerScalar(n, function));
  }

  void unbindScalar(ScalarFunction function, Map<String, Object> properties) {
    name(properties, ScalarFunction.NAME_PROPERTY).ifPresent(n -> functions.unregisterScalar(n, function));
  }

  @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
  void bindAggregate(AggregateFunction function, Map<String, Object> properties) {
    name(properties, ScalarFunction.NAME_PROPERTY).ifPresent(n -> functions.registerAggregate(n, function));
  }

  void unbindAggregate(AggregateFunction function, Map<String, Object> properties) {
    name(properties, ScalarFunction.NAME_PROPERTY).ifPresent(n -> functions.unregisterAggregate(n, function));
  }

  @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC, service = UDTF.class)
  void bindTransform(ComponentServiceObjects<UDTF> objects, Map<String, Object> properties) {
    name(properties, UDF_NAME).ifPresent(n -> {
      UdtfFactory factory = new UdtfFactory() {
        @Override
        public UDTF newInstance() {
          return objects.getService();
        }

        @Override
        public void release(UDTF instance) {
          objects.ungetService(instance);
        }
      };
      transforms.put(objects, new UdtfRegistration(n, factory));
      functions.registerTransform(n, factory);
    });
  }

  void unbindTransform(ComponentServiceObjects<UDTF> objects, Map<String, Object> properties) {
    UdtfRegistration registration = transforms.remove(objects);
    if (registration != null) {
      functions.unregisterTransform(registration.name(), registration.factory());
    }
  }

  private static java.util.Optional<String> name(Map<String, Object> properties, String key) {
    Object value = properties.get(key);
    if (value instanceof String[] names && names.length > 0) {
      value = names[0];
    }
    return value == null ? java.util.Optional.empty() : java.util.Optional.of(value.toString());
  }

  @Override
  public ExecutionResult execute(SessionContext session, String sql) {
    return core.execute(session, sql);
  }

  @Override
  public InsertOutcome insert(SessionContext session, List<InsertTablet> tablets) {
    return core.insert(session, tablets);
  }
}
