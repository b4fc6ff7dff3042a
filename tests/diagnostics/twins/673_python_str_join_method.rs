//! mistake: calls `join` on the separator with the list as argument, Python's `", ".join(names)`
//! offending: join
//! category: python-habit

fn main() {
    let users = vec![("ann", true), ("bob", false), ("cy", true)];
    let active = ", ".join(users.iter().filter(|(_, on)| *on).map(|(name, _)| name).collect::<Vec<_>>());
    println!("active: {active}");
}
