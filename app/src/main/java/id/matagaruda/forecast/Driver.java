package id.matagaruda.forecast;

/**
 * One driver of a region's forecast: the feature, its Indonesian name, its value for the region and its contribution to
 * the log-odds (SHAP value from the tree model, or coefficient times standardised value from the logistic model).
 */
public record Driver(String fitur, String nama, double nilai, double kontribusi) {}
