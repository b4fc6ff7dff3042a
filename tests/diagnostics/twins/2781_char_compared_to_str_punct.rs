//! mistake: compared each `char` of the message with the string literal `"?"`
//! offending: c != "?"
//! category: type

fn main() {
    let message = "can you help me?? pls?";
    let mut kept = Vec::new();
    for c in message.chars() {
        if c != "?" {
            kept.push(c);
        }
    }
    let cleaned: String = kept.into_iter().collect();
    println!("{cleaned}");
}
