using System.Buffers.Binary;

namespace AiLambdaInfra.Handler.Tests;

/// <summary>Encodes RGB pixels as an uncompressed 24-bit BMP, the simplest format the function accepts.</summary>
internal static class BmpImage
{
    public static byte[] Encode(int width, int height, byte[] rgb)
    {
        var stride = (width * 3 + 3) / 4 * 4;
        var bytes = new byte[54 + stride * height];
        bytes[0] = (byte)'B';
        bytes[1] = (byte)'M';
        BinaryPrimitives.WriteInt32LittleEndian(bytes.AsSpan(2), bytes.Length);
        BinaryPrimitives.WriteInt32LittleEndian(bytes.AsSpan(10), 54);
        BinaryPrimitives.WriteInt32LittleEndian(bytes.AsSpan(14), 40);
        BinaryPrimitives.WriteInt32LittleEndian(bytes.AsSpan(18), width);
        BinaryPrimitives.WriteInt32LittleEndian(bytes.AsSpan(22), height);
        BinaryPrimitives.WriteInt16LittleEndian(bytes.AsSpan(26), 1);
        BinaryPrimitives.WriteInt16LittleEndian(bytes.AsSpan(28), 24);

        for (var y = 0; y < height; y++)
        {
            var row = 54 + (height - 1 - y) * stride; // rows are stored bottom-up
            for (var x = 0; x < width; x++)
            {
                var source = (y * width + x) * 3;
                bytes[row + x * 3] = rgb[source + 2];     // stored as B, G, R
                bytes[row + x * 3 + 1] = rgb[source + 1];
                bytes[row + x * 3 + 2] = rgb[source];
            }
        }

        return bytes;
    }
}
