//! mistake: a chained range check `0 <= p <= 65535` on a `u16` port, both comparisons always true
//! offending: 0 <= p
//! category: lint
use comprehensions::comp;

fn main() {
    let ports: Vec<u16> = vec![80, 443, 8080];
    let valid = comp![p for p in ports.iter().copied() if 0 <= p <= 65535];
    println!("{valid:?}");
}
