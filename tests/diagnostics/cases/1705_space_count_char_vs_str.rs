//! mistake: comparing a `char` with the string literal `" "` when counting spaces
//! offending: " "
//! category: type
use comprehensions::comp;

fn main() {
    let text = "the quick brown fox";
    let spaces = comp!((c for c in text.chars() if c == " ")).count();
    println!("{}", spaces + 1);
}
