//! mistake: returning a lazy generator over a local `Vec` of the non-empty lines, as a Python generator function would
//! offending: comp!((l.to_uppercase() for l in &lines))
//! category: ownership
use comprehensions::comp;

fn upper_lines(text: &str) -> impl Iterator<Item = String> + '_ {
    let lines: Vec<&str> = text.lines().filter(|l| !l.is_empty()).collect();
    comp!((l.to_uppercase() for l in &lines))
}

fn main() {
    for l in upper_lines("a\n\nb") {
        println!("{l}");
    }
}
