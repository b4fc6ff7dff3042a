//! mistake: a `?` comprehension used as a statement (validation only): the `Result` is dropped
//! offending: comp![s.parse::<u16>()? for s in ports];
//! category: lint
use comprehensions::comp;

fn main() {
    let ports = ["80", "http"];
    comp![s.parse::<u16>()? for s in ports];
    println!("checked");
}
