package warren.store.site;

public record Language(int id, String code, String name) {}
