//! mistake: calls `join` on the separator with the list as argument, Python's `", ".join(names)`
//! offending: join
//! category: python-habit
use comprehensions::comp;

fn main() {
    let users = vec![("ann", true), ("bob", false), ("cy", true)];
    let active = ", ".join(comp![name for (name, on) in &users if *on]);
    println!("active: {active}");
}
