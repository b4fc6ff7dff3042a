//! mistake: parsed user ids from a `/invite` command without saying what to parse into
//! offending: parse
//! category: type
use comprehensions::{comp};
fn main() {
    let command = "/invite 17 42 99";
    let ids = comp![tok.parse().unwrap() for tok in command.split(' ').skip(1)];
    println!("inviting {} users", ids.len());
}
