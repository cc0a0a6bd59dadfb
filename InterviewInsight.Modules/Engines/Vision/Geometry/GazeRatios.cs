namespace InterviewInsight.Modules.Engines.Vision.Geometry;

/// <summary>
/// Where the irises sit inside the eye openings, averaged over both eyes.
/// Horizontal: 0 = at the image-left corner, 1 = at the image-right corner. Vertical: 0 = at the upper lid, 1 = at the lower lid.
/// On a camera gaze the irises sit slightly nasal, so compare against a personal baseline, not 0.5.
/// </summary>
internal readonly record struct GazeRatios(double Horizontal, double Vertical);
