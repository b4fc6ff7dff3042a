//! mistake: Python's `port in range(1024, 65536)` membership on a range
//! offending: in range
//! category: python-habit
use comprehensions::comp;

fn main() {
    let ports = vec![22, 8080, 443, 50000];
    let unprivileged = comp![p for p in ports if p in range(1024, 65536)];
    println!("{unprivileged:?}");
}
