//! mistake: compared each `char` of the message with the string literal `"?"`
//! offending: c != "?"
//! category: type
use comprehensions::comp;

fn main() {
    let message = "can you help me?? pls?";
    let cleaned: String = comp![c for c in message.chars() if c != "?"].into_iter().collect();
    println!("{cleaned}");
}
