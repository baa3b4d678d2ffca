import Foundation

/// What kinerja asks of a file before it reads one it does not trust: whether it is a symbolic link (a
/// workspace's or an output folder's file never is), and how large it is (read only when within bounds).
extension URL {
    /// True when the path itself is a symbolic link, whatever it points to (or whether it points anywhere).
    var isSymbolicLink: Bool { (try? FileManager.default.destinationOfSymbolicLink(atPath: path)) != nil }

    /// The file's size in bytes, from its attributes, without reading it; nil when it cannot be asked.
    var fileSize: Int? { (try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? nil }
}
