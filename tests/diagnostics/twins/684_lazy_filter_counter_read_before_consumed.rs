//! mistake: prints a counter that the lazy form's condition increments while the lazy form, not yet consumed, still borrows it mutably
//! offending: checked
//! category: ownership

fn main() {
    let lines = vec!["ok", "", "warn", "", "error"];
    let mut checked = 0;
    let non_empty = lines.iter().filter(|l| { checked += 1; !l.is_empty() });
    println!("checked {checked} lines so far");
    println!("{}", non_empty.count());
}
