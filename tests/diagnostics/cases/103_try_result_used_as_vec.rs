//! mistake: using the `Result` a `?` comprehension evaluates to as if it were the Vec
//! offending: len
//! category: try
use comprehensions::comp;

fn main() {
    let list = ["80", "443"];
    let ports = comp![p.parse::<u16>()? for p in list];
    println!("{} ports", ports.len());
}
