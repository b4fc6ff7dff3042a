//! mistake: named a loop variable `type`, a Rust keyword, as in the Python original
//! offending: type
//! category: syntax
use comprehensions::comp;

fn main() {
    let appointment_types = vec![("consultation", 30u32), ("surgery", 120), ("follow-up", 15)];
    let menu = comp![format!("{}: {} min", type, dur) for (type, dur) in &appointment_types];
    println!("{}", menu.join("\n"));
}
