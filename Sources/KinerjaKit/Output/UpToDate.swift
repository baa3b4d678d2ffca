import Foundation

/// Whether a workspace's outputs already on disk are the ones this run makes, so that a run can leave
/// them as they are (docs/laporan.md, "Many agencies"; `--force` skips this) and a signature on them
/// stays valid.
///
/// They are current when every file this run rendered is on disk byte for byte, manifest.json first:
/// it records the inputs, templates, bundled SOP, build and options of the run, so a folder made from
/// anything else differs there and no other file is read. A manifest edited together with an output
/// (its hash changed to match) is no help: the output itself is compared.
enum UpToDate {
    static func check(_ files: [OutputFile], folder: URL) -> Bool {
        let manifestFirst = files.filter { $0.name == "manifest.json" } + files.filter { $0.name != "manifest.json" }
        return !files.isEmpty
            && manifestFirst.allSatisfy { file in
                (try? Data(contentsOf: folder.appendingPathComponent(file.name))) == file.data
            }
    }
}
