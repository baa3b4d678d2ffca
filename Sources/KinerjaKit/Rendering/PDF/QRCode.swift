import CQRencode

/// A QR code through libqrencode (Debian `libqrencode-dev`), drawn as inline SVG. The only file that
/// touches libqrencode.
///
/// The ringkasan carries one (`SummaryPage`), so an archivist can scan a signed paper page and compare
/// what it reads with what `kinerja verify` prints for the archived folder (`ArchiveDigest`).
struct QRCode: Sendable, Equatable {
    /// The modules, row by row; true is dark.
    let modules: [[Bool]]

    /// Encodes `text` as 8-bit data at error correction level M (15 % of the symbol may be lost: a fold
    /// or a stamp across a paper page). Nil when the text is too long for any QR version (40).
    init?(_ text: String) {
        let bytes = Array(text.utf8)
        // QRcode_encodeData takes the length, so the text is never read past its end.
        guard let code = QRcode_encodeData(Int32(bytes.count), bytes, 0, QR_ECLEVEL_M) else { return nil }
        defer { QRcode_free(code) }
        let width = Int(code.pointee.width)
        // Bit 0 of each byte is the module's colour (qrencode.h); the other bits describe its role.
        modules = (0..<width).map { row in (0..<width).map { code.pointee.data[row * width + $0] & 1 == 1 } }
    }

    /// The symbol as one SVG path of unit squares, with the four-module quiet zone the standard asks for
    /// around it; `size` is the printed side (`28mm`). The same modules give the same bytes.
    func svg(size: String, label: String) -> String {
        let label = [("&", "&amp;"), ("\"", "&quot;"), ("<", "&lt;"), (">", "&gt;")].reduce(label) {
            TextReplacement.replacing($0, $1.0, with: $1.1)
        }
        let side = modules.count + 8
        // `M<x> <y>h<n>v1h-<n>z` per run of dark modules, written as bytes: interpolated, the path of one
        // code took some 1,5 million instructions.
        var bytes: [UInt8] = []
        bytes.reserveCapacity(side * side * 2)
        func number(_ value: Int) {
            var divisor = 1
            while divisor * 10 <= value { divisor *= 10 }
            while divisor > 0 {
                bytes.append(UInt8(ascii: "0") + UInt8(value / divisor % 10))
                divisor /= 10
            }
        }
        for (y, row) in modules.enumerated() {
            var x = 0
            while x < row.count {
                guard row[x] else {
                    x += 1
                    continue
                }
                let start = x
                while x < row.count, row[x] { x += 1 }
                bytes.append(UInt8(ascii: "M"))
                number(start + 4)
                bytes.append(UInt8(ascii: " "))
                number(y + 4)
                bytes.append(UInt8(ascii: "h"))
                number(x - start)
                bytes.append(contentsOf: "v1h-".utf8)
                number(x - start)
                bytes.append(UInt8(ascii: "z"))
            }
        }
        let path = String(decoding: bytes, as: UTF8.self)
        return
            "<svg class=\"qr\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 \(side) \(side)\" width=\"\(size)\" height=\"\(size)\" "
            + "role=\"img\" aria-label=\"\(label)\" shape-rendering=\"crispEdges\">"
            + "<rect width=\"\(side)\" height=\"\(side)\" fill=\"#fff\"/><path fill=\"#000\" d=\"\(path)\"/></svg>"
    }
}
