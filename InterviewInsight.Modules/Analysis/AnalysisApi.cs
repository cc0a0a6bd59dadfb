using InterviewInsight.Modules.Analysis.Contracts;
using InterviewInsight.Modules.Analysis.Models;

namespace InterviewInsight.Modules.Analysis;

internal sealed class AnalysisApi(ModelCatalog models) : IAnalysisApi
{
    public Task<ModelStatusReport> GetModelStatusAsync(CancellationToken ct = default) => models.GetStatusAsync();
}
