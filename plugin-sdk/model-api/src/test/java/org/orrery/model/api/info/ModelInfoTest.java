package org.orrery.model.api.info;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ModelInfoTest {

  @Test
  void holdsMetadataAndChangesState() {
    ModelInfo info =
        new ModelInfo("sundialv2", "sundial", ModelCategory.FINE_TUNED, ModelState.TRAINING, 96, 48);
    ModelInfo active = info.withState(ModelState.ACTIVE);
    assertEquals(ModelState.ACTIVE, active.state());
    assertEquals(ModelState.TRAINING, info.state());
    assertEquals("sundialv2", active.modelId());
    assertEquals(96, active.inputLength());
    assertEquals(48, active.outputLength());
    assertEquals(
        "ModelInfo(sundialv2, type=sundial, fine_tuned, active, input=96, output=48)",
        active.toString());
  }

  @Test
  void modelIdsFollowTheRule() {
    assertDoesNotThrow(() -> ModelInfo.checkModelId("ab"));
    assertDoesNotThrow(() -> ModelInfo.checkModelId("Seasonal_Naive_2"));
    assertDoesNotThrow(() -> ModelInfo.checkModelId("a".repeat(64)));
    for (String bad : new String[] {"a", "1model", "_model", "bad-id", "a".repeat(65), "é_model"}) {
      IllegalArgumentException e =
          assertThrows(IllegalArgumentException.class, () -> ModelInfo.checkModelId(bad));
      assertTrue(e.getMessage().contains("'" + bad + "'"), e.getMessage());
    }
  }

  @Test
  void lengthsMustBePositive() {
    assertEquals("model 'm1': inputLength must be at least 1, got 0",
        assertThrows(IllegalArgumentException.class,
            () -> new ModelInfo("m1", "", ModelCategory.USER_DEFINED, ModelState.ACTIVE, 0, 1))
            .getMessage());
    assertThrows(IllegalArgumentException.class,
        () -> new ModelInfo("m1", "", ModelCategory.USER_DEFINED, ModelState.ACTIVE, 1, -1));
  }

  @Test
  void statesAndCategoriesHaveStablePersistedIds() {
    ModelState[] states = {ModelState.ACTIVATING, ModelState.ACTIVE, ModelState.INACTIVE,
        ModelState.TRAINING, ModelState.FAILED, ModelState.DROPPING};
    for (int id = 0; id < states.length; id++) {
      assertEquals(id, states[id].id());
      assertEquals(states[id], ModelState.fromId(id));
    }
    assertThrows(IllegalArgumentException.class, () -> ModelState.fromId(6));
    assertEquals(0, ModelCategory.BUILTIN.id());
    assertEquals(1, ModelCategory.USER_DEFINED.id());
    assertEquals(2, ModelCategory.FINE_TUNED.id());
    assertEquals(ModelCategory.FINE_TUNED, ModelCategory.fromId(2));
    assertThrows(IllegalArgumentException.class, () -> ModelCategory.fromId(3));
    assertEquals("user_defined", ModelCategory.USER_DEFINED.displayName());
    assertEquals("activating", ModelState.ACTIVATING.displayName());
    assertTrue(ModelState.ACTIVE.isUsable());
    assertFalse(ModelState.DROPPING.isUsable());
  }
}
