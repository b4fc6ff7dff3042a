//! mistake: left out `in` between the loop variable and the token source
//! offending: text.split_whitespace()
//! category: syntax
use comprehensions::comp;

fn main() {
    let text = "Remind me to call mom at 6pm";
    let lowered = comp![w.to_lowercase() for w text.split_whitespace()];
    println!("{lowered:?}");
}
