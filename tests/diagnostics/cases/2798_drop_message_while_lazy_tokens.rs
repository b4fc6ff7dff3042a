//! mistake: dropped the message String while a lazy token iterator still borrowed it
//! offending: message
//! category: ownership
use comprehensions::comp;

fn read_message() -> String {
    "  Could you   repeat that please ".to_string()
}

fn main() {
    let message = read_message();
    let words = comp!((w for w in message.split_whitespace() if w.len() > 3));
    drop(message);
    println!("{}", words.count());
}
