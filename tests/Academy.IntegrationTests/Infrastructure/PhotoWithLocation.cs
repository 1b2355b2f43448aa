using System.Buffers.Binary;
using SkiaSharp;

namespace Academy.IntegrationTests.Infrastructure;

/// <summary>
/// A JPEG as a phone writes it: an EXIF APP1 segment right after the start of image, with an orientation and a
/// GPS block (latitude 60° 10′ 12.34″ N, longitude 24° 56′ 7.89″ E), in front of pixels that SkiaSharp encoded.
/// </summary>
public static class PhotoWithLocation
{
    /// <summary>GPSLatitude's third rational, 1234/100 seconds, as it is stored (big-endian): found in a file, the GPS block is there.</summary>
    public static readonly byte[] LatitudeSecondsBytes = [0x00, 0x00, 0x04, 0xD2, 0x00, 0x00, 0x00, 0x64];

    /// <summary>A <paramref name="width"/> × <paramref name="height"/> JPEG (left half red, right half blue) that says it is to be shown turned by <paramref name="orientation"/> (EXIF 1–8).</summary>
    public static byte[] Jpeg(int width, int height, ushort orientation)
    {
        using var bitmap = new SKBitmap(width, height);
        using (var canvas = new SKCanvas(bitmap))
        using (var red = new SKPaint { Color = SKColors.Red })
        {
            canvas.Clear(SKColors.Blue);
            canvas.DrawRect(0, 0, width / 2f, height, red);
        }

        using var encoded = bitmap.Encode(SKEncodedImageFormat.Jpeg, 95);
        var pixels = encoded.ToArray();
        return [.. pixels[..2], .. ExifSegment(orientation), .. pixels[2..]];
    }

    /// <summary>The markers of a JPEG's segments before its image data (SOS), e.g. 0xE1 for an APP1 such as EXIF.</summary>
    public static IReadOnlyList<byte> SegmentMarkers(ReadOnlySpan<byte> jpeg)
    {
        var markers = new List<byte>();
        var position = 2;
        while (position + 4 <= jpeg.Length && jpeg[position] == 0xFF)
        {
            var marker = jpeg[position + 1];
            markers.Add(marker);
            if (marker == 0xDA)
            {
                break;
            }

            position += 2 + BinaryPrimitives.ReadUInt16BigEndian(jpeg[(position + 2)..]);
        }

        return markers;
    }

    private static byte[] ExifSegment(ushort orientation)
    {
        // A big-endian TIFF structure: header, IFD0 (orientation, pointer to the GPS IFD), the GPS IFD, its rationals.
        var tiff = new byte[140];
        var span = tiff.AsSpan();
        "MM"u8.CopyTo(span);
        BinaryPrimitives.WriteUInt16BigEndian(span[2..], 42);
        BinaryPrimitives.WriteUInt32BigEndian(span[4..], 8);

        BinaryPrimitives.WriteUInt16BigEndian(span[8..], 2);
        Entry(span[10..], tag: 0x0112, type: 3, count: 1, value: (uint)orientation << 16); // SHORT, left-justified
        Entry(span[22..], tag: 0x8825, type: 4, count: 1, value: 38); // GPSInfo IFD offset
        BinaryPrimitives.WriteUInt32BigEndian(span[34..], 0);

        BinaryPrimitives.WriteUInt16BigEndian(span[38..], 4);
        Entry(span[40..], tag: 0x0001, type: 2, count: 2, value: (uint)'N' << 24); // GPSLatitudeRef "N\0"
        Entry(span[52..], tag: 0x0002, type: 5, count: 3, value: 92); // GPSLatitude, three rationals at 92
        Entry(span[64..], tag: 0x0003, type: 2, count: 2, value: (uint)'E' << 24); // GPSLongitudeRef "E\0"
        Entry(span[76..], tag: 0x0004, type: 5, count: 3, value: 116); // GPSLongitude, three rationals at 116
        BinaryPrimitives.WriteUInt32BigEndian(span[88..], 0);

        Rationals(span[92..], (60, 1), (10, 1), (1234, 100));
        Rationals(span[116..], (24, 1), (56, 1), (789, 100));

        var segment = new byte[4 + 6 + tiff.Length];
        segment[0] = 0xFF;
        segment[1] = 0xE1;
        BinaryPrimitives.WriteUInt16BigEndian(segment.AsSpan(2), (ushort)(segment.Length - 2));
        "Exif\0\0"u8.CopyTo(segment.AsSpan(4));
        tiff.CopyTo(segment.AsSpan(10));
        return segment;

        static void Entry(Span<byte> entry, ushort tag, ushort type, uint count, uint value)
        {
            BinaryPrimitives.WriteUInt16BigEndian(entry, tag);
            BinaryPrimitives.WriteUInt16BigEndian(entry[2..], type);
            BinaryPrimitives.WriteUInt32BigEndian(entry[4..], count);
            BinaryPrimitives.WriteUInt32BigEndian(entry[8..], value);
        }

        static void Rationals(Span<byte> target, params (uint Numerator, uint Denominator)[] values)
        {
            for (var index = 0; index < values.Length; index++)
            {
                BinaryPrimitives.WriteUInt32BigEndian(target[(index * 8)..], values[index].Numerator);
                BinaryPrimitives.WriteUInt32BigEndian(target[(index * 8 + 4)..], values[index].Denominator);
            }
        }
    }
}
