//! mistake: comparing a `char` with a one-letter string `"a"`, as Python has no char type
//! offending: "a"
//! category: python-habit
use comprehensions::comp;

fn main() {
    let dna = "gattaca";
    let positions = comp![i for (i, c) in dna.chars().enumerate() if c == "a"];
    println!("{positions:?}");
}
