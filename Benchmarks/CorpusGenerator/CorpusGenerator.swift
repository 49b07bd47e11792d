/// Generates realistic pages (placeholder until the generator lands).
public enum CorpusGenerator {}
