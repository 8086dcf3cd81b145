package warren.federation.objects;

import tools.jackson.databind.JsonNode;
import warren.domain.DomainException;
import warren.domain.ErrorType;
import warren.federation.protocol.ApObject;
import warren.federation.protocol.ApParseException;
import warren.federation.protocol.ApReader;

/** Reading fetched documents: one that cannot be read is, to the caller, an object not found. */
final class Documents {
  private Documents() {}

  static ApObject read(JsonNode doc) {
    try {
      return ApReader.read(doc);
    } catch (ApParseException e) {
      throw new DomainException(ErrorType.COULDNT_FIND_OBJECT, e.getMessage());
    }
  }
}
