using System.Buffers.Binary;

namespace Academy.Shared.Files;

/// <summary>
/// What an uploaded file really is, judged from its own bytes (never from its name or the browser's content
/// type): a JPEG, PNG or WebP image whose header parses and names a sensible size, or nothing.
/// </summary>
public sealed record UploadedImage(string ContentType, int Width, int Height)
{
    public const int MaximumSide = 10_000;

    public static UploadedImage? Recognise(ReadOnlySpan<byte> bytes)
    {
        var image = Png(bytes) ?? Jpeg(bytes) ?? WebP(bytes);
        return image is { Width: > 0 and <= MaximumSide, Height: > 0 and <= MaximumSide } ? image : null;
    }

    private static UploadedImage? Png(ReadOnlySpan<byte> bytes)
    {
        ReadOnlySpan<byte> signature = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];
        // The first chunk of every PNG is IHDR, which carries the size.
        if (bytes.Length < 33 || !bytes.StartsWith(signature) || !bytes.Slice(12, 4).SequenceEqual("IHDR"u8))
        {
            return null;
        }

        return new UploadedImage("image/png", (int)BinaryPrimitives.ReadUInt32BigEndian(bytes[16..]), (int)BinaryPrimitives.ReadUInt32BigEndian(bytes[20..]));
    }

    private static UploadedImage? Jpeg(ReadOnlySpan<byte> bytes)
    {
        if (bytes.Length < 4 || bytes[0] != 0xFF || bytes[1] != 0xD8 || bytes[2] != 0xFF)
        {
            return null;
        }

        // Walk the segments to the start-of-frame marker, which carries the size.
        var position = 2;
        while (position + 9 < bytes.Length)
        {
            if (bytes[position] != 0xFF)
            {
                return null;
            }

            var marker = bytes[position + 1];
            if (marker == 0xFF)
            {
                position++;
                continue;
            }

            var length = BinaryPrimitives.ReadUInt16BigEndian(bytes[(position + 2)..]);
            var isStartOfFrame = marker is >= 0xC0 and <= 0xCF and not 0xC4 and not 0xC8 and not 0xCC;
            if (isStartOfFrame)
            {
                return new UploadedImage("image/jpeg", BinaryPrimitives.ReadUInt16BigEndian(bytes[(position + 7)..]), BinaryPrimitives.ReadUInt16BigEndian(bytes[(position + 5)..]));
            }

            if (length < 2)
            {
                return null;
            }

            position += 2 + length;
        }

        return null;
    }

    private static UploadedImage? WebP(ReadOnlySpan<byte> bytes)
    {
        if (bytes.Length < 30 || !bytes[..4].SequenceEqual("RIFF"u8) || !bytes.Slice(8, 4).SequenceEqual("WEBP"u8))
        {
            return null;
        }

        var chunk = bytes.Slice(12, 4);
        if (chunk.SequenceEqual("VP8 "u8) && bytes[23] == 0x9D && bytes[24] == 0x01 && bytes[25] == 0x2A)
        {
            return new UploadedImage("image/webp", BinaryPrimitives.ReadUInt16LittleEndian(bytes[26..]) & 0x3FFF, BinaryPrimitives.ReadUInt16LittleEndian(bytes[28..]) & 0x3FFF);
        }

        if (chunk.SequenceEqual("VP8L"u8) && bytes[20] == 0x2F)
        {
            var bits = BinaryPrimitives.ReadUInt32LittleEndian(bytes[21..]);
            return new UploadedImage("image/webp", (int)(bits & 0x3FFF) + 1, (int)((bits >> 14) & 0x3FFF) + 1);
        }

        if (chunk.SequenceEqual("VP8X"u8))
        {
            var width = bytes[24] | (bytes[25] << 8) | (bytes[26] << 16);
            var height = bytes[27] | (bytes[28] << 8) | (bytes[29] << 16);
            return new UploadedImage("image/webp", width + 1, height + 1);
        }

        return null;
    }
}
