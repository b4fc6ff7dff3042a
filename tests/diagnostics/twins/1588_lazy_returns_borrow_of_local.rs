//! mistake: returning a lazy generator over a local `Vec` of the non-empty lines, as a Python generator function would
//! offending: lines.iter().map(|l| l.to_uppercase())
//! category: ownership
fn upper_lines(text: &str) -> impl Iterator<Item = String> + '_ {
    let lines: Vec<&str> = text.lines().filter(|l| !l.is_empty()).collect();
    lines.iter().map(|l| l.to_uppercase())
}

fn main() {
    for l in upper_lines("a\n\nb") {
        println!("{l}");
    }
}
