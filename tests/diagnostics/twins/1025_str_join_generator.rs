//! mistake: Python's `", ".join(gen)` with the separator as receiver
//! offending: join
//! category: python-habit
fn main() {
    let hosts = vec![("db", 5432), ("cache", 6379)];
    let line = ", ".join(hosts.iter().map(|(h, p)| format!("{h}:{p}")));
    println!("{line}");
}
