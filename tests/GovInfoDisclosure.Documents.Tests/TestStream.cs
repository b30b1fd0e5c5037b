namespace GovInfoDisclosure.Documents.Tests;

/// <summary>
/// A stream as a network gives it: a few bytes a read, no length unless <see cref="Seekable"/> (then the length
/// <see cref="ClaimedLength"/> when given); it may refuse to be read at all, or run an action when its end is read.
/// </summary>
internal sealed class TestStream(byte[] bytes) : Stream
{
    private int _position;

    public bool Seekable { get; init; }

    public long? ClaimedLength { get; init; }

    public int Chunk { get; init; } = 4096;

    public bool Unreadable { get; init; }

    public Action? AtEnd { get; init; }

    public int Reads { get; private set; }

    public override bool CanRead => true;

    public override bool CanSeek => Seekable;

    public override bool CanWrite => false;

    public override long Length => Seekable ? ClaimedLength ?? bytes.Length : throw new NotSupportedException();

    public override long Position
    {
        get => Seekable ? _position : throw new NotSupportedException();
        set => _position = Seekable ? (int)value : throw new NotSupportedException();
    }

    /// <summary>The same stream from where it is, no longer seekable.</summary>
    public TestStream Unseekable() => new(bytes[_position..]) { Chunk = Chunk };

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        if (Unreadable)
        {
            throw new InvalidOperationException("The stream was read.");
        }

        Reads++;
        int n = Math.Min(Math.Min(buffer.Length, Chunk), bytes.Length - _position);
        bytes.AsSpan(_position, n).CopyTo(buffer);
        _position += n;
        if (n == 0)
        {
            AtEnd?.Invoke();
        }

        return n;
    }

    public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) => new(Read(buffer.Span));

    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        Task.FromResult(Read(buffer.AsSpan(offset, count)));

    public override void Flush() => throw new NotSupportedException();

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
}
