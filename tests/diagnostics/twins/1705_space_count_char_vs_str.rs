//! mistake: comparing a `char` with the string literal `" "` when counting spaces
//! offending: " "
//! category: type
fn main() {
    let text = "the quick brown fox";
    let spaces = text.chars().filter(|&c| c == " ").count();
    println!("{}", spaces + 1);
}
