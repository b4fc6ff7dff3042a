//! mistake: numbered the waiting list with Python's `enumerate()` builtin
//! offending: enumerate(&waitlist)
//! category: python-habit
fn main() {
    let waitlist = vec!["Hana".to_string(), "Luis".to_string(), "Ines".to_string()];
    let mut positions = Vec::new();
    for (i, name) in enumerate(&waitlist) {
        positions.push(format!("#{} {}", i + 1, name));
    }
    println!("{}", positions.join("\n"));
}
