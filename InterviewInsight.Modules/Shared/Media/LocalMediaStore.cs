using InterviewInsight.Modules.Shared.Configuration;
using Microsoft.Extensions.Options;

namespace InterviewInsight.Modules.Shared.Media;

/// <summary>Media under <c>{Data:Path}/media</c>. Writes go to a temporary file first and are renamed when complete.</summary>
internal sealed class LocalMediaStore(IOptions<DataOptions> data) : IMediaStore
{
    private const int BufferBytes = 81920;

    private string Root => data.Value.MediaRoot;

    public async Task<long> WriteAsync(MediaKey key, Stream content, long maxBytes, CancellationToken ct)
    {
        var temp = NewLocalFile(key);
        try
        {
            long written;
            await using (var file = new FileStream(temp, FileMode.CreateNew, FileAccess.Write, FileShare.None, BufferBytes, useAsync: true))
            {
                written = await CopyCappedAsync(content, file, maxBytes, ct);
            }

            CommitLocalFile(temp, key);
            return written;
        }
        finally
        {
            File.Delete(temp);
        }
    }

    public async Task<long> AppendAsync(MediaKey key, long fromLength, Stream content, long maxBytes, CancellationToken ct)
    {
        var path = FullPath(key);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        await using var file = new FileStream(path, FileMode.OpenOrCreate, FileAccess.Write, FileShare.Read, BufferBytes, useAsync: true);
        file.SetLength(Math.Min(file.Length, fromLength));
        file.Seek(0, SeekOrigin.End);
        try
        {
            return await CopyCappedAsync(content, file, maxBytes, ct);
        }
        catch
        {
            await file.FlushAsync(CancellationToken.None);
            file.SetLength(fromLength);
            throw;
        }
    }

    /// <summary>Copies <paramref name="content"/> to <paramref name="file"/>, refusing it as soon as it passes <paramref name="maxBytes"/>.</summary>
    private static async Task<long> CopyCappedAsync(Stream content, FileStream file, long maxBytes, CancellationToken ct)
    {
        long written = 0;
        var buffer = new byte[BufferBytes];
        int read;
        while ((read = await content.ReadAsync(buffer, ct)) > 0)
        {
            written += read;
            if (written > maxBytes)
            {
                throw new MediaTooLargeException(maxBytes);
            }

            await file.WriteAsync(buffer.AsMemory(0, read), ct);
        }

        return written;
    }

    public void Truncate(MediaKey key, long length)
    {
        var path = FullPath(key);
        if (length == 0)
        {
            File.Delete(path);
            return;
        }

        using var file = new FileStream(path, FileMode.Open, FileAccess.Write, FileShare.Read);
        file.SetLength(length);
    }

    public bool Exists(MediaKey key) => File.Exists(FullPath(key));

    public long Length(MediaKey key) => new FileInfo(FullPath(key)).Length;

    public Stream OpenRead(MediaKey key) =>
        new FileStream(FullPath(key), FileMode.Open, FileAccess.Read, FileShare.ReadWrite, BufferBytes, useAsync: true);

    public string LocalPath(MediaKey key) => FullPath(key);

    public string NewLocalFile(MediaKey key)
    {
        var folder = Path.GetDirectoryName(FullPath(key))!;
        Directory.CreateDirectory(folder);

        // Same folder as the target so the commit is an atomic rename; the extension is kept for tools that sniff it.
        return Path.Combine(folder, $".partial-{Guid.NewGuid():N}{Path.GetExtension(key.FileName)}");
    }

    public void CommitLocalFile(string localFile, MediaKey key) => File.Move(localFile, FullPath(key), overwrite: true);

    public void Delete(MediaKey key) => File.Delete(FullPath(key));

    public void DeleteSession(Guid sessionId)
    {
        var folder = Path.Combine(Root, "sessions", sessionId.ToString("N"));
        if (Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private string FullPath(MediaKey key) => Path.Combine(Root, key.Path);
}
