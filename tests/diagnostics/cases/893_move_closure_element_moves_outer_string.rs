//! mistake: a `move` closure in the element captures an outer `String`, moved into the first closure
//! offending: move || format!("{prefix}{i}")
//! category: ownership
use comprehensions::comp;

fn main() {
    let prefix = String::from("item-");
    let labelers = comp![move || format!("{prefix}{i}") for i in 0..3];
    for l in &labelers {
        println!("{}", l());
    }
}
