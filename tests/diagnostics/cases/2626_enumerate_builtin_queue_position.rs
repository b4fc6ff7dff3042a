//! mistake: numbered the waiting list with Python's `enumerate()` builtin
//! offending: enumerate(&waitlist)
//! category: python-habit
use comprehensions::comp;

fn main() {
    let waitlist = vec!["Hana".to_string(), "Luis".to_string(), "Ines".to_string()];
    let positions = comp![format!("#{} {}", i + 1, name) for (i, name) in enumerate(&waitlist)];
    println!("{}", positions.join("\n"));
}
