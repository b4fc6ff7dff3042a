//! mistake: named a loop variable `type`, a Rust keyword, as in the Python original
//! offending: type
//! category: syntax
fn main() {
    let appointment_types = vec![("consultation", 30u32), ("surgery", 120), ("follow-up", 15)];
    let mut menu = Vec::new();
    for (type, dur) in &appointment_types {
        menu.push(format!("{}: {} min", type, dur));
    }
    println!("{}", menu.join("\n"));
}
