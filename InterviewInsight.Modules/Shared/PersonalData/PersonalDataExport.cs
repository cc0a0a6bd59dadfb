using System.IO.Compression;
using Microsoft.Extensions.Options;
using InterviewInsight.Modules.Shared.Configuration;

namespace InterviewInsight.Modules.Shared.PersonalData;

/// <summary>
/// Builds a user's export from every module's <see cref="IPersonalDataSource"/> into a temporary file under the data folder
/// (recordings can be gigabytes, so never in memory); the returned stream deletes the file when it is closed.
/// </summary>
public sealed class PersonalDataExport(IEnumerable<IPersonalDataSource> sources, IOptions<DataOptions> data)
{
    public async Task<Stream> CreateAsync(string ownerId, CancellationToken ct)
    {
        var folder = Path.Combine(Path.GetFullPath(data.Value.Path), "exports");
        Directory.CreateDirectory(folder);
        var file = new FileStream(Path.Combine(folder, $"{Guid.NewGuid():N}.zip"), FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None,
            81_920, FileOptions.DeleteOnClose | FileOptions.Asynchronous);
        try
        {
            await using (var zip = await ZipArchive.CreateAsync(file, ZipArchiveMode.Create, leaveOpen: true, entryNameEncoding: null, ct))
            {
                var archive = new PersonalDataArchive(zip);
                foreach (var source in sources)
                {
                    await source.WriteAsync(ownerId, archive, ct);
                }
            }

            file.Position = 0;
            return file;
        }
        catch
        {
            await file.DisposeAsync();
            throw;
        }
    }
}
