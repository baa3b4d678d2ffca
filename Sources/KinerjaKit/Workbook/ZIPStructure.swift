import Foundation

/// The ZIP archive's own directory, checked before ZIPFoundation reads it: its in-memory archive traps
/// (SIGILL) on a central directory or local header that points past the end of the data, as a damaged
/// or hostile .xlsx does. Every offset and length the directory gives must lie inside the file.
enum ZIPStructure {
    /// Why `data` is not a whole ZIP archive; nil when every entry's offsets are inside it.
    static func damage(_ data: Data) -> Message? {
        let bytes = [UInt8](data)
        func u16(_ at: Int) -> Int { Int(bytes[at]) | Int(bytes[at + 1]) << 8 }
        func u32(_ at: Int) -> Int { u16(at) | u16(at + 2) << 16 }
        // The end-of-central-directory record: 22 bytes and a comment of up to 65 535 after it.
        guard bytes.count >= 22 else { return Message("it is too short to be a ZIP archive", id: "terlalu pendek untuk sebuah arsip ZIP") }
        var end: Int?
        var at = bytes.count - 22
        while at >= max(0, bytes.count - 22 - 65_535) {
            if bytes[at] == 0x50, bytes[at + 1] == 0x4B, bytes[at + 2] == 0x05, bytes[at + 3] == 0x06 { end = at; break }
            at -= 1
        }
        guard let end else { return Message("its end-of-directory record is missing", id: "catatan akhir direktorinya tidak ada") }
        let count = u16(end + 10), size = u32(end + 12), start = u32(end + 16)
        // ZIP64 markers: left to ZIPFoundation, which reads their extended records.
        if count == 0xFFFF || size == 0xFFFF_FFFF || start == 0xFFFF_FFFF { return nil }
        guard start + size <= end else { return Message("its directory lies past the end of the file", id: "direktorinya berada di luar ujung berkas") }
        var entry = start
        for _ in 0..<count {
            guard entry + 46 <= start + size,
                  bytes[entry] == 0x50, bytes[entry + 1] == 0x4B, bytes[entry + 2] == 0x01, bytes[entry + 3] == 0x02
            else { return Message("its directory has an entry that is not where it says", id: "direktorinya memuat entri yang tidak berada di tempat yang disebutkannya") }
            let compressed = u32(entry + 20), local = u32(entry + 42)
            let nameLength = u16(entry + 28), extraLength = u16(entry + 30), commentLength = u16(entry + 32)
            if compressed != 0xFFFF_FFFF, local != 0xFFFF_FFFF {
                guard local + 30 <= bytes.count,
                      bytes[local] == 0x50, bytes[local + 1] == 0x4B, bytes[local + 2] == 0x03, bytes[local + 3] == 0x04
                else { return Message("an entry's data lies past the end of the file", id: "data sebuah entri berada di luar ujung berkas") }
                let localName = u16(local + 26), localExtra = u16(local + 28)
                guard local + 30 + localName + localExtra + compressed <= bytes.count else {
                    return Message("an entry's data lies past the end of the file", id: "data sebuah entri berada di luar ujung berkas")
                }
            }
            entry += 46 + nameLength + extraLength + commentLength
        }
        return nil
    }
}
