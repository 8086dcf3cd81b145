package warren.api.v3.json;

/** lemmy-js-client {@code GetSiteMetadataResponse}. */
public record GetSiteMetadataResponse(LinkMetadata metadata) {}
