/**
 * Indonesian text classification for events: a lexicon-and-rules classifier that works out of the box (SNPK typology plus
 * hate speech, demonstrations, terrorism) and a trainable linear classifier over word and character n-grams, each model
 * with its provenance (data, parameters, metrics).
 */
@org.springframework.modulith.ApplicationModule(displayName = "NLP")
package id.matagaruda.nlp;
