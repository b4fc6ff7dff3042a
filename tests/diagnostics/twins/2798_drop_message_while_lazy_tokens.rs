//! mistake: dropped the message String while a lazy token iterator still borrowed it
//! offending: message
//! category: ownership

fn read_message() -> String {
    "  Could you   repeat that please ".to_string()
}

fn main() {
    let message = read_message();
    let words = message.split_whitespace().filter(|w| w.len() > 3);
    drop(message);
    println!("{}", words.count());
}
