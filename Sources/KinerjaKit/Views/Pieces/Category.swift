/// A rating category wherever one is printed (`kategori`): its label, its colour class (`k0` best … `k6`
/// worst) and whether there is one.
/// A class, as `IndicatorRow` is: one reference to box at each read of `kategori`.
final class Category: TemplateView {
    let present: Bool, label: String, colour: String, value: String

    static let pieceName: String? = "kategori"
    static let fields: [ViewField<Category>] = [
        .flag("ada", "whether there is a category", \.present),
        .text("label", "in the report's language, or `–`", \.label),
        .text("warna", "the CSS class `k0` best … `k6` worst, on one seven-step ramp for any scale", \.colour),
        .text("nilai", "the Indonesian label as in the scale", \.value),
    ]

    init(_ band: RatingScale.Band?, _ c: borrowing ReportContext) {
        guard let band else {
            (present, label, colour, value) = (false, DisplayFormat.absent, "", "")
            return
        }
        (present, label, colour, value) = (
            true, c.format.label(band), "k\(c.profile.scale.colourStep(band))", band.label
        )
    }
}
