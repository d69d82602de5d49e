using System.Buffers.Binary;

namespace SpeechActClassifier.Model;

/// <summary>
/// A cursor over the bytes of a model file whose checksum has been verified. Every read checks the bytes left, and
/// every count is checked against the bytes its items need before anything is allocated, so a crafted file cannot
/// ask for more memory than its own length.
/// </summary>
internal ref struct ModelFileReader
{
    private readonly ReadOnlySpan<byte> _bytes;
    private int _position;

    /// <summary>Starts reading <paramref name="bytes"/> at <paramref name="position"/>.</summary>
    public ModelFileReader(ReadOnlySpan<byte> bytes, string origin, int position)
    {
        _bytes = bytes;
        Origin = origin;
        _position = position;
    }

    /// <summary>How error messages name the file.</summary>
    public string Origin { get; }

    /// <summary>True when every byte has been read.</summary>
    public readonly bool AtEnd => _position == _bytes.Length;

    /// <summary>Reads a count of items that take at least <paramref name="bytesPerItem"/> bytes each.</summary>
    /// <param name="what">What is counted, for the error message.</param>
    /// <param name="bytesPerItem">The fewest bytes one item takes.</param>
    public int Count(string what, int bytesPerItem)
    {
        var count = Int32();
        if (count < 0 || (long)count * bytesPerItem > _bytes.Length - _position)
        {
            throw ModelFile.Invalid(Origin, $"its {what} is {count}, more than the {_bytes.Length - _position} bytes left can hold");
        }

        return count;
    }

    /// <summary>Reads a little-endian 32-bit integer.</summary>
    public int Int32() => BinaryPrimitives.ReadInt32LittleEndian(Bytes(4));

    /// <summary>Reads a little-endian single-precision float.</summary>
    public float Single() => BinaryPrimitives.ReadSingleLittleEndian(Bytes(4));

    /// <summary>Reads a little-endian double-precision float.</summary>
    public double Double() => BinaryPrimitives.ReadDoubleLittleEndian(Bytes(8));

    /// <summary>Reads the next <paramref name="length"/> bytes.</summary>
    public ReadOnlySpan<byte> Bytes(int length)
    {
        if (length > _bytes.Length - _position)
        {
            throw ModelFile.Invalid(Origin, $"it ends {length - (_bytes.Length - _position)} bytes short of its last tree");
        }

        var slice = _bytes.Slice(_position, length);
        _position += length;
        return slice;
    }
}
