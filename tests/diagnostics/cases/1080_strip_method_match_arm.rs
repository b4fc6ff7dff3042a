//! mistake: Python's line.strip() in a comprehension in a match arm
//! offending: strip
//! category: python-habit
use comprehensions::comp;

fn main() {
    let text = "  alpha \n beta\n\n gamma  ";
    let mode = "lines";
    let parts = match mode {
        "lines" => comp![l.strip() for l in text.lines() if !l.trim().is_empty()],
        _ => vec![text],
    };
    println!("{parts:?}");
}
