//! mistake: Python's line.strip() in a comprehension in a match arm
//! offending: strip
//! category: python-habit
fn main() {
    let text = "  alpha \n beta\n\n gamma  ";
    let mode = "lines";
    let parts = match mode {
        "lines" => text.lines().filter(|l| !l.trim().is_empty()).map(|l| l.strip()).collect(),
        _ => vec![text],
    };
    println!("{parts:?}");
}
