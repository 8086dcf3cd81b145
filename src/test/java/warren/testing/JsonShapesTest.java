package warren.testing;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class JsonShapesTest {
  static final JsonMapper JSON = JsonMapper.builder().build();

  static JsonNode json(String s) {
    return JSON.readTree(s.replace('\'', '"'));
  }

  @Test
  void extraFieldsAndOtherValuesPass() {
    assertThatCode(() -> JsonShapes.assertContainsShape(json("{'a':'x','b':{'c':[1,2]}}"),
        json("{'a':'y','b':{'c':[3],'d':true},'e':null}"))).doesNotThrowAnyException();
  }

  @Test
  void missingFieldsWrongTypesAndEmptyArraysFail() {
    assertThatThrownBy(() -> JsonShapes.assertContainsShape(json("{'a':{'b':'x'}}"), json("{'a':{}}")))
        .hasMessageContaining("a.b: missing");
    assertThatThrownBy(() -> JsonShapes.assertContainsShape(json("{'a':['x']}"), json("{'a':'x'}")))
        .hasMessageContaining("a: STRING instead of ARRAY");
    assertThatThrownBy(() -> JsonShapes.assertContainsShape(json("{'a':[{'b':1}]}"), json("{'a':[]}")))
        .hasMessageContaining("a: empty array");
    assertThatThrownBy(() -> JsonShapes.assertContainsShape(json("{'a':[{'b':1},{'c':1}]}"), json("{'a':[{'b':1}]}")))
        .hasMessageContaining("a[1].c: missing");
  }

  @Test
  void ignoredPathsAreSkipped() {
    assertThatCode(() -> JsonShapes.assertContainsShape(json("{'a':[{'b':1}]}"), json("{'a':[{}]}"), Set.of("a[].b")))
        .doesNotThrowAnyException();
  }
}
