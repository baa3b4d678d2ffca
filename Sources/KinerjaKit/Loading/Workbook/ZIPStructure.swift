import Foundation
import ZIPFoundation

/// The ZIP archive's own directory, checked before ZIPFoundation reads it: its in-memory archive traps
/// (SIGILL) on a central directory or local header that points past the end of the data, as a damaged
/// or hostile .xlsx does. Every offset and length the directory gives must lie inside the file, and no two
/// entries may have one name: ZIPFoundation would read the first, a ZIP reader the last, so the same
/// workbook could show other figures elsewhere than in kinerja (no spreadsheet program writes such a file).
enum ZIPStructure {
    /// Why `data` is not a whole ZIP archive; nil when every entry's offsets are inside it.
    static func damage(_ data: Data) -> Message? {
        let bytes = [UInt8](data)
        func u16(_ at: Int) -> Int { Int(bytes[at]) | Int(bytes[at + 1]) << 8 }
        func u32(_ at: Int) -> Int { u16(at) | u16(at + 2) << 16 }
        // The end-of-central-directory record: 22 bytes and a comment of up to 65 535 after it.
        guard bytes.count >= 22 else {
            return Message("it is too short to be a ZIP archive", id: "terlalu pendek untuk sebuah arsip ZIP")
        }
        var end: Int?
        var at = bytes.count - 22
        while at >= max(0, bytes.count - 22 - 65_535) {
            if bytes[at] == 0x50, bytes[at + 1] == 0x4B, bytes[at + 2] == 0x05, bytes[at + 3] == 0x06 {
                end = at
                break
            }
            at -= 1
        }
        guard var end else {
            return Message("its end-of-directory record is missing", id: "catatan akhir direktorinya tidak ada")
        }
        var count = u16(end + 10), size = u32(end + 12), start = u32(end + 16)
        // ZIP64: the record's fields say 0xFFFF…, and the real ones are in a ZIP64 end record, which the
        // locator just before this one points to. Either is missing or outside the file → damaged.
        if count == 0xFFFF || size == 0xFFFF_FFFF || start == 0xFFFF_FFFF {
            let locator = end - 20
            guard locator >= 0, u32(locator) == 0x0706_4B50, let record = u64(bytes, locator + 8),
                record + 56 <= locator,
                u32(record) == 0x0606_4B50,
                let count64 = u64(bytes, record + 32), let size64 = u64(bytes, record + 40),
                let start64 = u64(bytes, record + 48)
            else {
                return Message(
                    "its ZIP64 directory record is missing or damaged",
                    id: "catatan direktori ZIP64-nya tidak ada atau rusak")
            }
            (count, size, start) = (count64, size64, start64)
            end = record
        }
        guard start + size <= end else {
            return Message(
                "its directory lies past the end of the file", id: "direktorinya berada di luar ujung berkas")
        }
        let pastTheEnd = Message(
            "an entry's data lies past the end of the file", id: "data sebuah entri berada di luar ujung berkas")
        var entry = start
        var names = Set<ArraySlice<UInt8>>()
        for _ in 0..<count {
            guard entry + 46 <= start + size,
                bytes[entry] == 0x50, bytes[entry + 1] == 0x4B, bytes[entry + 2] == 0x01, bytes[entry + 3] == 0x02
            else {
                return Message(
                    "its directory has an entry that is not where it says",
                    id: "direktorinya memuat entri yang tidak berada di tempat yang disebutkannya")
            }
            var compressed = u32(entry + 20), local = u32(entry + 42)
            let uncompressed = u32(entry + 24)
            let nameLength = u16(entry + 28), extraLength = u16(entry + 30), commentLength = u16(entry + 32)
            guard entry + 46 + nameLength + extraLength + commentLength <= start + size else {
                return Message(
                    "its directory has an entry that is not where it says",
                    id: "direktorinya memuat entri yang tidak berada di tempat yang disebutkannya")
            }
            let name = bytes[(entry + 46)..<(entry + 46 + nameLength)]
            guard names.insert(name).inserted else {
                let text = String(decoding: name, as: UTF8.self)
                return Message("it holds two parts named \(text)", id: "arsip ini memuat dua bagian bernama \(text)")
            }
            // A field of 0xFFFFFFFF is in the entry's ZIP64 extra field (id 1), in this order: the
            // uncompressed size, the compressed size, the local header's offset (APPNOTE 4.5.3).
            if uncompressed == 0xFFFF_FFFF || compressed == 0xFFFF_FFFF || local == 0xFFFF_FFFF {
                guard var at = zip64Field(bytes, from: entry + 46 + nameLength, length: extraLength) else {
                    return Message(
                        "an entry says its sizes are in a ZIP64 field it does not have",
                        id: "sebuah entri menyebut ukurannya ada di kolom ZIP64 yang tidak dimilikinya")
                }
                func next() -> Int? {
                    defer { at.start += 8 }
                    return at.start + 8 <= at.end ? u64(bytes, at.start) : nil
                }
                if uncompressed == 0xFFFF_FFFF, next() == nil { return pastTheEnd }
                if compressed == 0xFFFF_FFFF {
                    guard let value = next() else { return pastTheEnd }
                    compressed = value
                }
                if local == 0xFFFF_FFFF {
                    guard let value = next() else { return pastTheEnd }
                    local = value
                }
            }
            guard local < bytes.count, local + 30 <= bytes.count,
                bytes[local] == 0x50, bytes[local + 1] == 0x4B, bytes[local + 2] == 0x03, bytes[local + 3] == 0x04
            else { return pastTheEnd }
            let localName = u16(local + 26), localExtra = u16(local + 28)
            guard compressed <= bytes.count, local + 30 + localName + localExtra + compressed <= bytes.count else {
                return pastTheEnd
            }
            let dataStart = local + 30 + localName + localExtra
            if u16(entry + 10) == 8, !deflateEnds(bytes[dataStart..<(dataStart + compressed)]) {
                let text = String(decoding: name, as: UTF8.self)
                return Message(
                    "the compressed data of \(text) ends before its stream does",
                    id: "data termampatkan \(text) berakhir sebelum alirannya selesai")
            }
            entry += 46 + nameLength + extraLength + commentLength
        }
        return nil
    }

    /// Whether the deflate stream of an entry ends within its compressed bytes. ZIPFoundation's reader
    /// goes on reading past them to the end of the file and, there, asks for more for ever (the libFuzzer
    /// run found a 9 KB workbook it never finished): here the same inflater is given exactly the entry's
    /// bytes and stops when they are used up. Output past `Workbook.largestPart` stops the check without a
    /// verdict: the reading itself says the part is too large.
    private static func deflateEnds(_ compressed: ArraySlice<UInt8>) -> Bool {
        struct UsedUp: Error {}
        struct Enough: Error {}
        // No deflate stream is empty (an empty part is 2 bytes). The buffer is the data's own size: the
        // inflater is told a whole buffer of input each time, so the one chunk must fill it exactly.
        guard !compressed.isEmpty else { return false }
        var given = false, produced = 0
        do {
            _ = try Data.decompress(
                size: Int64(compressed.count), bufferSize: compressed.count, skipCRC32: true,
                provider: { _, _ in
                    // All of it the first time; asked again, the stream has not ended within it.
                    guard !given else { throw UsedUp() }
                    given = true
                    return Data(compressed)
                },
                consumer: { chunk in
                    produced += chunk.count
                    if produced > Workbook.largestPart { throw Enough() }
                })
            return true
        } catch is Enough {
            return true
        } catch {
            return false
        }
    }

    /// A little-endian 64-bit value at `at`, when it fits in an Int that can be an offset (below 2^62).
    private static func u64(_ bytes: [UInt8], _ at: Int) -> Int? {
        guard at >= 0, at + 8 <= bytes.count else { return nil }
        let value = (0..<8).reduce(UInt64(0)) { $0 | UInt64(bytes[at + $1]) << (8 * UInt64($1)) }
        return value < 1 << 62 ? Int(value) : nil
    }

    /// The ZIP64 extended-information field (id 1) among an entry's extra fields: where its data starts and ends.
    private static func zip64Field(_ bytes: [UInt8], from: Int, length: Int) -> (start: Int, end: Int)? {
        var at = from
        while at + 4 <= from + length {
            let id = Int(bytes[at]) | Int(bytes[at + 1]) << 8, size = Int(bytes[at + 2]) | Int(bytes[at + 3]) << 8
            guard at + 4 + size <= from + length else { return nil }
            if id == 1 { return (at + 4, at + 4 + size) }
            at += 4 + size
        }
        return nil
    }
}
