//! mistake: compares a `char` from `char_indices()` with the string literal "\t" (Python has no char type)
//! offending: c == "\t"
//! category: python-habit
use comprehensions::comp;

fn main() {
    let line = "name\tage\tcity";
    let tabs = comp![i for (i, c) in line.char_indices() if c == "\t"];
    println!("tab columns: {tabs:?}");
}
