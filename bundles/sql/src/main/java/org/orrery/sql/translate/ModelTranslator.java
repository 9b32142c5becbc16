package org.orrery.sql.translate;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.orrery.sql.ast.Statement;
import org.orrery.sql.ast.expression.Literal;
import org.orrery.sql.ast.model.CallInference;
import org.orrery.sql.ast.model.CreateFineTunedModel;
import org.orrery.sql.ast.model.CreateModel;
import org.orrery.sql.ast.model.DatasetItem;
import org.orrery.sql.ast.model.DropModel;
import org.orrery.sql.ast.model.LoadModel;
import org.orrery.sql.ast.model.ShowAiDevices;
import org.orrery.sql.ast.model.ShowLoadedModels;
import org.orrery.sql.ast.model.ShowModels;
import org.orrery.sql.ast.model.UnloadModel;
import org.orrery.sql.parser.OrrerySqlParser.CallInferenceContext;
import org.orrery.sql.parser.OrrerySqlParser.CreateFineTunedModelContext;
import org.orrery.sql.parser.OrrerySqlParser.CreateModelContext;
import org.orrery.sql.parser.OrrerySqlParser.DatasetItemContext;
import org.orrery.sql.parser.OrrerySqlParser.DeviceIdContext;
import org.orrery.sql.parser.OrrerySqlParser.DeviceListContext;
import org.orrery.sql.parser.OrrerySqlParser.DropModelContext;
import org.orrery.sql.parser.OrrerySqlParser.InferenceParameterContext;
import org.orrery.sql.parser.OrrerySqlParser.LoadModelContext;
import org.orrery.sql.parser.OrrerySqlParser.ShowAiDevicesContext;
import org.orrery.sql.parser.OrrerySqlParser.ShowLoadedModelsContext;
import org.orrery.sql.parser.OrrerySqlParser.ShowModelsContext;
import org.orrery.sql.parser.OrrerySqlParser.UnloadModelContext;
import org.orrery.sql.parser.OrrerySqlParserBaseVisitor;

/** Translates the model family: AINode model management and inference. */
final class ModelTranslator extends OrrerySqlParserBaseVisitor<Statement> {

  @Override
  public Statement visitCreateModel(CreateModelContext context) {
    return new CreateModel(
        Names.identifier(context.identifier()), Names.string(context.STRING().getSymbol()));
  }

  @Override
  public Statement visitCreateFineTunedModel(CreateFineTunedModelContext context) {
    List<DatasetItem> dataset = new ArrayList<>();
    for (DatasetItemContext item : context.datasetItem()) {
      dataset.add(
          new DatasetItem(
              Paths.pattern(item.path()), Optional.ofNullable(item.timeRange()).map(Times::range)));
    }
    return new CreateFineTunedModel(
        Names.identifier(context.modelId),
        Names.keyValues(context.keyValue()),
        Names.identifier(context.baseModelId),
        dataset);
  }

  @Override
  public Statement visitShowModels(ShowModelsContext context) {
    return new ShowModels(Optional.ofNullable(context.identifier()).map(Names::identifier));
  }

  @Override
  public Statement visitDropModel(DropModelContext context) {
    return new DropModel(Names.identifier(context.identifier()));
  }

  @Override
  public Statement visitLoadModel(LoadModelContext context) {
    return new LoadModel(Names.identifier(context.identifier()), devices(context.deviceList()));
  }

  @Override
  public Statement visitUnloadModel(UnloadModelContext context) {
    return new UnloadModel(Names.identifier(context.identifier()), devices(context.deviceList()));
  }

  @Override
  public Statement visitShowLoadedModels(ShowLoadedModelsContext context) {
    return new ShowLoadedModels(
        context.deviceList() == null ? List.of() : devices(context.deviceList()));
  }

  @Override
  public Statement visitShowAiDevices(ShowAiDevicesContext context) {
    return new ShowAiDevices();
  }

  /** {@code 'cpu,0,1'} (one string, as the AINode guide writes it) or {@code cpu, 0, 1}. */
  private static List<String> devices(DeviceListContext context) {
    List<String> devices = new ArrayList<>();
    if (context.STRING() != null) {
      for (String device : Names.string(context.STRING().getSymbol()).split(",")) {
        if (device.isBlank()) {
          throw Errors.at(context, "empty device id in " + context.getText());
        }
        devices.add(device.trim());
      }
      return devices;
    }
    for (DeviceIdContext device : context.deviceId()) {
      devices.add(
          device.identifier() != null ? Names.identifier(device.identifier()) : device.getText());
    }
    return devices;
  }

  @Override
  public Statement visitCallInference(CallInferenceContext context) {
    Map<String, Literal> parameters = new LinkedHashMap<>();
    for (InferenceParameterContext parameter : context.inferenceParameter()) {
      String name = Names.identifier(parameter.identifier());
      if (parameters.put(name, Literals.constant(parameter.constant())) != null) {
        throw Errors.at(parameter, "inference parameter '" + name + "' is given twice");
      }
    }
    return new CallInference(
        Names.identifier(context.identifier()),
        Names.string(context.STRING().getSymbol()),
        parameters);
  }
}
