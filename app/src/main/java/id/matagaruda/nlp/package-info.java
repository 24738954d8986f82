/**
 * Indonesian text classification for events: a lexicon-and-rules classifier that works out of the box (SNPK typology plus
 * hate speech, demonstrations, terrorism) and a trainable linear classifier over word and character n-grams, each model
 * with its provenance (data, parameters, metrics).
 * <p>
 * Entry points: {@link id.matagaruda.nlp.Classifiers#defaultClassifier()} (the shipped lexicon, for ingestion without a
 * server), the Spring bean of type {@link id.matagaruda.nlp.TextClassifier} (the model an analyst activated, else the
 * lexicon), {@link id.matagaruda.nlp.ModelTraining} and {@link id.matagaruda.nlp.LabelledFiles} (training and evaluation
 * on files), {@link id.matagaruda.nlp.NlpService} (labels, retraining, activation in the server).
 */
@org.springframework.modulith.ApplicationModule(displayName = "NLP")
package id.matagaruda.nlp;
