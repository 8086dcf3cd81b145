package warren.federation.protocol;

import java.time.Instant;
import java.util.List;
import tools.jackson.databind.annotation.JsonDeserialize;

/** A private message: Pleroma's {@code ChatMessage}, the only form Lemmy 0.19 takes; {@code to} names one person. */
public record ChatMessage(
    String type,
    String id,
    ObjectRef attributedTo,
    @JsonDeserialize(using = Lenient.UrlList.class) List<String> to,
    String content,
    String mediaType,
    Source source,
    Instant published,
    Instant updated) implements ApObject {}
